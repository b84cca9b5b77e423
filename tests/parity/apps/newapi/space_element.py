import streamlit as st

st.write("top")
st.space()
st.space("large")
st.space(50)
st.write("bottom")
