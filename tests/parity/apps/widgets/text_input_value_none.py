import streamlit as st

v = st.text_input("Optional", value=None)
st.write("value is", v)
# step: at.text_input[0].input("x")
