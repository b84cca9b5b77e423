"""Chat with streamed replies, an inline chat_input in a container, and st.status (tests/e2e/test_chat.py)."""

import asyncio
import time

import streamlit as st

st.session_state.setdefault("messages", [])
st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
st.title("Echo bot")
st.text(f"runs: {st.session_state.runs}")

with st.container(border=True):
    note = st.chat_input("Inline note", key="inline", accept_file=True, file_type=["txt"])
    if note:
        st.text(f"note: {note.text}")
        for f in note.files:
            st.text(f"file: {f.name} {f.read().decode()}")

if st.button("Run task"):
    with st.status("Working", expanded=True) as status:
        st.text("step one")
        time.sleep(0.8)
        status.update(label="Half way")
        time.sleep(0.8)
        st.text("step two")
    st.text("task finished")



async def async_words():
    for word in ["async ", "chunks ", "arrive"]:
        await asyncio.sleep(0.3)  # needs an event loop inside the synchronous script run
        yield word


if st.button("Async reply"):
    st.text(f"async result: {st.write_stream(async_words)}")

for message in st.session_state.messages:
    with st.chat_message(message["role"]):
        st.markdown(message["content"])


def reply_words(prompt: str):
    for word in ["Echo:", *prompt.split()]:
        time.sleep(0.4)  # a slow model: the page must show each word as it arrives
        yield word + " "


if prompt := st.chat_input("Ask me", max_chars=40):
    st.session_state.messages.append({"role": "user", "content": prompt})
    with st.chat_message("user"):
        st.markdown(prompt)
    with st.chat_message("assistant"):
        reply = st.write_stream(reply_words(prompt))
    st.session_state.messages.append({"role": "assistant", "content": reply})
