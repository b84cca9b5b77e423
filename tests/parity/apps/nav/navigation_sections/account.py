import streamlit as st

st.header("Account")
st.text_input("Email")
