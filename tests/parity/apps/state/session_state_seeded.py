import streamlit as st

st.write(st.session_state.get("preset", "none"))
# step: at.session_state.__setitem__("preset", "from test")
