import streamlit as st

with st.sidebar:
    c1, c2 = st.columns(2)
    c1.write("left")
    c2.write("right")
