import streamlit as st

options = {1: "one", 2: "two", 3: "three"}
choice = st.selectbox("Number", options.keys(), format_func=lambda k: options[k])
st.write(choice, type(choice).__name__)
# step: at.selectbox[0].select(3)
