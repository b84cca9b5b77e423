import streamlit as st

name = st.text_input("Name")
st.write(f"Committed name: {name}")
if st.button("Rerun"):
    st.write("Button was clicked")
