import streamlit as st


@st.dialog("Wide dialog", width="large", dismissible=False)
def show():
    st.write("content")


if st.button("Open"):
    show()
# step: at.button[0].click()
