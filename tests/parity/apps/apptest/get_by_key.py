import streamlit as st

st.text_input("A", key="first")
st.number_input("B", key="second")
# step: assert at.get_by_key("second").value == 0.0
# step: at.text_input(key="first").input("x")
# step: assert at.session_state["first"] == "x"
