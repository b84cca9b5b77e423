import streamlit as st

st.header("Manage")
