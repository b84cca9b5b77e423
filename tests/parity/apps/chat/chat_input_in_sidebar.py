import streamlit as st

with st.sidebar:
    msg = st.chat_input("Sidebar chat")
st.write(msg)
# step: at.sidebar.chat_input[0].set_value("side")
