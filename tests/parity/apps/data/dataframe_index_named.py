import pandas as pd
import streamlit as st

df = pd.DataFrame({"v": [1, 2, 3]}, index=pd.Index(["x", "y", "z"], name="letter"))
st.dataframe(df)
