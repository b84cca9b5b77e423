import streamlit as st

col1, col2, col3 = st.columns(3)
with col1:
    st.header("A cat")
    st.write("meow")
with col2:
    st.header("A dog")
    st.write("woof")
with col3:
    st.header("An owl")
    st.write("hoot")
