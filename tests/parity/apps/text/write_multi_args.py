import streamlit as st

st.write("1 + 1 = ", 2)
st.write("Below is a list:", ["x", "y"], "and a number", 7)
