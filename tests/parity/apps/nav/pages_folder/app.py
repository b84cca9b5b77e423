import streamlit as st

st.title("Main page")
st.sidebar.success("Select a demo above.")
st.write("Welcome to the multipage demo")
# step: at.switch_page("pages/1_plotting.py")
# step: at.switch_page("pages/2_data.py")
