import streamlit as st

st.header("Data")
st.dataframe({"x": [1, 2]})
