import streamlit as st

st.title("Start")
if st.button("Go to settings"):
    st.switch_page("pages/settings.py")
# step: at.button[0].click()
