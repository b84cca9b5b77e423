import streamlit as st

st.exception(ValueError("bad value"))
# step: assert at.exception[0].value == "bad value" and at.exception[0].message == "bad value"
