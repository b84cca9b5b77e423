import streamlit as st

st.title("Report")
st.metric("Revenue", "$1M", "+5%")
