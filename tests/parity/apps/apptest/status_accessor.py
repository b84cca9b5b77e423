import streamlit as st

with st.status("Working", state="complete"):
    st.write("done")
# step: assert at.status[0].label == "Working"
