import streamlit as st

with st.spinner("Working", show_time=True):
    pass
st.write("after spinner")
