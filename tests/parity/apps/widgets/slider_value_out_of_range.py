import streamlit as st

st.slider("Bad", 0, 10, 20)
