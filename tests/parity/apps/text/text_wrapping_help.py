import streamlit as st

st.title("Title", help="title help")
st.caption("cap", help="caption help")
st.code("x", language="text")
