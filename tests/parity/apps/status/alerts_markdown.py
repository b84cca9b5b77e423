import streamlit as st

st.info("**Bold** info with `code`")
st.error("Error without icon")
st.success("Done :material/check:")
