import streamlit as st

st.text_input("Hidden", label_visibility="hidden")
st.text_input("Collapsed", label_visibility="collapsed")
st.number_input("Visible", label_visibility="visible")
