import streamlit as st

st.title("Zeta")
