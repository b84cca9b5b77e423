import numpy as np
import pandas as pd
import streamlit as st

chart_data = pd.DataFrame(np.random.default_rng(1).standard_normal((20, 3)), columns=["a", "b", "c"])
st.line_chart(chart_data)
