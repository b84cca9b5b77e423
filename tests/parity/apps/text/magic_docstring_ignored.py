"""Module docstring is not shown."""
import streamlit as st

st.write("after docstring")
1 + 1
