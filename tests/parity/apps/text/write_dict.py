import streamlit as st

st.write({"name": "Ann", "age": 31, "tags": ["a", "b"], "nested": {"x": 1}})
