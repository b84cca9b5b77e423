import streamlit as st

with st.chat_message("assistant", avatar="🦖"):
    st.write("rawr")
with st.chat_message("ai"):
    st.write("alias of assistant")
with st.chat_message("human"):
    st.write("alias of user")
with st.chat_message("Custom name"):
    st.write("custom")
