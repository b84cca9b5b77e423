import streamlit as st

st.slider("S", 0, 10, key="s")
st.session_state.s = 5
