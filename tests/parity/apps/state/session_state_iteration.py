import streamlit as st

st.session_state.a = 1
st.session_state.b = 2
st.write(sorted(st.session_state.keys()))
st.write(len(st.session_state))
st.write(dict(sorted(st.session_state.to_dict().items())))
