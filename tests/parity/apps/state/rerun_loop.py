import streamlit as st

st.session_state.setdefault("n", 0)
if st.session_state.n < 3:
    st.session_state.n += 1
    st.rerun()
st.write("settled at", st.session_state.n)
