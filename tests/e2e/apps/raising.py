import streamlit as st

st.title("Before the error")
if st.button("Raise"):
    raise ValueError("boom from the script")
if st.button("Say hello"):
    st.write("Hello after the error")
