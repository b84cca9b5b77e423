import streamlit as st

st.title("Streaming assistant")


def fake_llm(prompt):
    for token in f"You asked: {prompt}. Here is a long answer.".split(" "):
        yield token + " "


st.session_state.setdefault("history", [])
for role, text in st.session_state.history:
    with st.chat_message(role):
        st.markdown(text)
if prompt := st.chat_input("Ask anything"):
    st.session_state.history.append(("user", prompt))
    with st.chat_message("user"):
        st.markdown(prompt)
    with st.chat_message("assistant"):
        with st.spinner("Thinking..."):
            reply = st.write_stream(fake_llm(prompt))
    st.session_state.history.append(("assistant", reply))
# step: at.chat_input[0].set_value("why is the sky blue")
