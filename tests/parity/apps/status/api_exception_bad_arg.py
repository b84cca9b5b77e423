import streamlit as st

st.button("x", type="huge")
