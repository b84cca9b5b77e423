import streamlit as st

st.write("before the error")
raise ValueError("Something went wrong")
