import streamlit as st

with st.form("no_submit"):
    st.text_input("x")
