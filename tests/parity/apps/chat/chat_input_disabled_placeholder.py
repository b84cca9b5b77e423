import streamlit as st

st.chat_input("Type here", disabled=True)
st.chat_input("Max", max_chars=10, key="c2")
