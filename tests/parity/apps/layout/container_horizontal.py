import streamlit as st

row = st.container(horizontal=True)
with row:
    st.button("One")
    st.button("Two")
    st.button("Three")
