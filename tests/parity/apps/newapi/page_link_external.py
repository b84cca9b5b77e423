import streamlit as st

st.page_link("https://www.google.com", label="Google", icon="🌎")
