import streamlit as st

st.table({"a": [1, 2], "b": [3, 4]})
