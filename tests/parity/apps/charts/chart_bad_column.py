import pandas as pd
import streamlit as st

st.line_chart(pd.DataFrame({"a": [1, 2]}), x="missing")
