import streamlit as st

with st.status("Checking", state="error"):
    st.write("failed step")
