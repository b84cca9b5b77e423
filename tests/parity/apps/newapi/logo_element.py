import streamlit as st

st.logo("https://static.streamlit.io/examples/logo.png", link="https://streamlit.io", size="large")
st.write("has a logo")
