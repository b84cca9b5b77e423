import pandas as pd
import streamlit as st

st.dataframe(pd.Series([3, 1, 2], name="s"))
