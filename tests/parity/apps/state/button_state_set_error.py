import streamlit as st

st.button("B", key="b")
st.session_state.b = True
