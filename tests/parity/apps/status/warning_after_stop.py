import streamlit as st

st.info("visible")
st.stop()
st.error("never shown")
