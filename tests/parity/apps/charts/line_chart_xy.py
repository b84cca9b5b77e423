import pandas as pd
import streamlit as st

df = pd.DataFrame({"year": [2020, 2021, 2022], "sales": [10, 15, 13], "cost": [5, 7, 9]})
st.line_chart(df, x="year", y=["sales", "cost"], color=["#FF0000", "#0000FF"])
