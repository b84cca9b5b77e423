import pandas as pd
import streamlit as st

st.header("Plotting")
st.line_chart(pd.DataFrame({"a": [1, 2, 3]}))
