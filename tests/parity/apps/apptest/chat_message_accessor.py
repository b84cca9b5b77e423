import streamlit as st

with st.chat_message("user"):
    st.write("hello")
# step: assert at.chat_message[0].name == "user" and at.chat_message[0].markdown[0].value == "hello"
