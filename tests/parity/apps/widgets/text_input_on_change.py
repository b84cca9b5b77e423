import streamlit as st


def shout():
    st.session_state.loud = st.session_state.word.upper()


st.text_input("Word", key="word", on_change=shout)
st.write(st.session_state.get("loud", "-"))
# step: at.text_input[0].input("hello")
