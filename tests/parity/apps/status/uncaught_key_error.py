import streamlit as st

d = {"a": 1}
st.write(d["b"])
