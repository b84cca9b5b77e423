import streamlit as st

st.progress(150)
