import streamlit as st

st.session_state.setdefault("msg", "start")
if st.button("Change"):
    st.session_state.msg = "changed"
    st.rerun()
st.write(st.session_state.msg)
# step: at.button[0].click()
