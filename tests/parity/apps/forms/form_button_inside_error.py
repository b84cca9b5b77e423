import streamlit as st

with st.form("f"):
    st.button("Not allowed")
    st.form_submit_button()
