import streamlit as st

st.set_page_config(page_title="One")
st.set_page_config(page_title="Two")
st.write("ok")
