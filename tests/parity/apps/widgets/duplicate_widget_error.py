import streamlit as st

st.button("Same")
st.button("Same")
