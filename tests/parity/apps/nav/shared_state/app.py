import streamlit as st

st.session_state.setdefault("visits", 0)
st.session_state.visits += 1
st.write("visits", st.session_state.visits)
st.text_input("Your name", key="name_input")
# step: at.text_input[0].input("Pat")
# step: at.switch_page("pages/hello.py")
