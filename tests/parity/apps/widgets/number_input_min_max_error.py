import streamlit as st

st.number_input("Bad", min_value=10, max_value=5)
