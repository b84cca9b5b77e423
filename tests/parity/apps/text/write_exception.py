import streamlit as st

st.write(ValueError("something bad"))
