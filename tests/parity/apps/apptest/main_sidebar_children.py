import streamlit as st

st.write("m")
st.sidebar.write("s")
# step: assert len(at.main.children) == 1 and len(at.sidebar.children) == 1
