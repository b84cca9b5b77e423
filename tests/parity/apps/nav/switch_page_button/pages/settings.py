import streamlit as st

st.title("Settings")
if st.button("Back home"):
    st.switch_page("app.py")
