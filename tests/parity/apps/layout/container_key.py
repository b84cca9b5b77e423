import streamlit as st

with st.container(key="my_box"):
    st.write("keyed")
