import streamlit as st

st.markdown("Some text with help", help="tooltip")
st.markdown("Narrow text", width=200)
