import streamlit as st

v = st.selectbox("Nothing", [])
st.write(v)
