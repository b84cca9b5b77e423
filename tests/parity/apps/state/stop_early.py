import streamlit as st

st.write("before")
name = st.text_input("Name")
if not name:
    st.warning("Please input a name.")
    st.stop()
st.success("Thank you for inputting a name.")
# step: at.text_input[0].input("Zed")
