import streamlit as st

st.session_state.a = 1
st.session_state.b = 2
st.write(sorted(st.session_state.keys()))
st.write(len(st.session_state))
st.write(st.session_state.to_dict() if hasattr(st.session_state, "to_dict") else dict(st.session_state))
