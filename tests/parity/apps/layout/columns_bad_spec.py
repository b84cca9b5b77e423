import streamlit as st

st.columns(0)
