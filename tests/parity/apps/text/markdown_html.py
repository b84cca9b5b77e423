import streamlit as st

st.markdown("<b>bold via html</b>", unsafe_allow_html=True)
st.markdown("<i>escaped html</i>")
st.markdown("<style>h1 {color: red;}</style>", unsafe_allow_html=True)
