import streamlit as st

st.toast("Hello on load")
st.write("body")
