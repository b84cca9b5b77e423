import streamlit as st

files = st.file_uploader("Choose CSV files", accept_multiple_files=True, type=["csv"])
st.write(len(files))
