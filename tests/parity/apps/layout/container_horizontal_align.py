import streamlit as st

with st.container(horizontal=True, horizontal_alignment="right", gap="small"):
    st.write("a")
    st.write("b")
with st.container(horizontal_alignment="center", vertical_alignment="center"):
    st.write("centered")
