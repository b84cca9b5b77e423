import streamlit as st

st.snow()
st.write("brr")
