import streamlit as st

with st.expander("Outer"):
    with st.expander("Inner"):
        st.write("nested")
