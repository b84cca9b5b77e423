import streamlit as st

prompt = st.chat_input("Say something")
if prompt:
    with st.chat_message("user"):
        st.write(prompt)
# step: at.chat_input[0].set_value("hi")
