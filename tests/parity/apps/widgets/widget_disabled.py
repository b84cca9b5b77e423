import streamlit as st

st.checkbox("Disabled check", disabled=True)
st.text_input("Disabled text", "x", disabled=True)
st.slider("Disabled slider", disabled=True)
st.selectbox("Disabled select", ["a"], disabled=True)
