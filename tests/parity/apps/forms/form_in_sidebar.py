import streamlit as st

with st.sidebar.form("side"):
    q = st.text_input("Search")
    st.form_submit_button("Go")
st.write("query:", q)
# step: at.sidebar.text_input[0].input("needle"); at.sidebar.form_submit_button[0].click()
