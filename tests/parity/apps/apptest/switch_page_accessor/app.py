import streamlit as st

st.title("Home")
# step: at.switch_page("pages/other.py")
# step: assert at.title[0].value == "Other"
