import streamlit as st

st.write("<span style='color:red'>red</span>", unsafe_allow_html=True)
