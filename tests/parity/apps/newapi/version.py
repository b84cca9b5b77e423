import streamlit as st

st.write(st.__version__.split(".")[0])
