import streamlit as st

st.text_area("Notes", height=300, placeholder="...")
st.text_area("Small", height="content")
