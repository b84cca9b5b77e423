import streamlit as st

st.write(undefined_name)
