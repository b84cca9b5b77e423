import streamlit as st

st.text_input("Name", key="name")
st.button("Go", key="go")
st.write(f"Hello {st.session_state.name}")
