import streamlit as st

st.markdown("""
| a | b |
|---|---|
| 1 | 2 |
""")
