import streamlit as st

st.title("Main page")
st.session_state.setdefault("visits", 0)
st.session_state.visits += 1
st.write(f"visits: {st.session_state.visits}")
st.text_input("Name", key="name")
