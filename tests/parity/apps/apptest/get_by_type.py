import streamlit as st

st.text("plain")
st.markdown("md")
# step: assert at.get("text")[0].value == "plain" and at.markdown[0].value == "md"
