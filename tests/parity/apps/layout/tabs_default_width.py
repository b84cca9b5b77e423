import streamlit as st

tabs = st.tabs(["One", "Two"], default="Two", width="stretch")
tabs[1].write("second")
