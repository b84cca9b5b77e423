import random

import streamlit as st

st.title("Simple chat")
random.seed(0)
REPLIES = ["Hello there! How can I assist you today?", "Hi, human! Is there anything I can help you with?", "Do you need help?"]
st.session_state.setdefault("messages", [])
for m in st.session_state.messages:
    with st.chat_message(m["role"]):
        st.markdown(m["content"])
if prompt := st.chat_input("What is up?"):
    st.session_state.messages.append({"role": "user", "content": prompt})
    with st.chat_message("user"):
        st.markdown(prompt)
    reply = REPLIES[len(st.session_state.messages) % 3]
    with st.chat_message("assistant"):
        st.write_stream(iter(reply.split(" ")))
    st.session_state.messages.append({"role": "assistant", "content": reply})
# step: at.chat_input[0].set_value("hi")
# step: at.chat_input[0].set_value("more")
