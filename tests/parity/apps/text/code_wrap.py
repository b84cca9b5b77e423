import streamlit as st

st.code("a = 1\nb = 2\n" * 3, wrap_lines=True)
