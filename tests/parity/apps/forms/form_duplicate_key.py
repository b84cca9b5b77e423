import streamlit as st

with st.form("same"):
    st.form_submit_button()
with st.form("same"):
    st.form_submit_button()
