import streamlit as st

st.radio("Bad", ["a", "b"], index=5)
