import streamlit as st

st.title("About page")
st.write("This is about us.")
