import streamlit as st

st.title("Before the error")
hello = st.button("Say hello")
if st.button("Raise"):
    raise ValueError("boom from the script")
if hello:
    st.write("Hello after the error")
