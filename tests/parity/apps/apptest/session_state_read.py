import streamlit as st

st.session_state.setdefault("n", 41)
if st.button("Inc"):
    st.session_state.n += 1
# step: at.button[0].click()
# step: assert at.session_state.n == 42 and "n" in at.session_state
