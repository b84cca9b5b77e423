import streamlit as st

st.caption("small")
st.divider()
# step: assert at.caption[0].value == "small" and at.divider[0].value == "---"
