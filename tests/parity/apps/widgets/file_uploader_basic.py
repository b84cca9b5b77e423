import streamlit as st

uploaded = st.file_uploader("Choose a file")
if uploaded is not None:
    st.write("filename:", uploaded.name)
    st.write(uploaded.getvalue().decode())
else:
    st.info("Upload a file")
