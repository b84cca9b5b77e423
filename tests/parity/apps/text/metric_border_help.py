import streamlit as st

st.metric("Users", 100, 5, border=True, help="Daily users")
st.metric("Float", 1.5)
st.metric("None", None)
