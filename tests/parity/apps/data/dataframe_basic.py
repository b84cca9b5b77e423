import numpy as np
import pandas as pd
import streamlit as st

df = pd.DataFrame(np.arange(20).reshape(5, 4), columns=[f"col {i}" for i in range(4)])
st.dataframe(df)
