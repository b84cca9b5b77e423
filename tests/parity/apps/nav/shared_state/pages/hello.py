import streamlit as st

st.session_state.setdefault("visits", 0)
st.session_state.visits += 1
st.write("Hello again, visit", st.session_state.visits)
st.write("name kept:", st.session_state.get("name_input", "<cleaned>"))
