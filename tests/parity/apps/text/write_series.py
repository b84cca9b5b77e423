import pandas as pd
import streamlit as st

st.write(pd.Series([1, 2, 3], name="values"))
