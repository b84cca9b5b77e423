import streamlit as st

if st.button("Bad switch"):
    st.switch_page("pages/nope.py")
# step: at.button[0].click()
