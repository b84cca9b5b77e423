import streamlit as st

with st.container(horizontal=True, horizontal_alignment="distribute"):
    for name in ["Save", "Load", "Reset"]:
        st.button(name)
