import streamlit as st

st.tabs([])
