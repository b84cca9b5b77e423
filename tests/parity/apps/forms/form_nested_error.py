import streamlit as st

with st.form("outer"):
    with st.form("inner"):
        st.form_submit_button()
    st.form_submit_button()
