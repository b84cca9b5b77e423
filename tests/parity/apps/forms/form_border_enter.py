import streamlit as st

with st.form("login", border=False, enter_to_submit=False):
    st.text_input("User")
    st.text_input("Password", type="password")
    st.form_submit_button("Log in", use_container_width=True)
