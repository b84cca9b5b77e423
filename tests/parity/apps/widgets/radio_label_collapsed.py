import streamlit as st

st.radio("Hidden label", ["x", "y"], label_visibility="collapsed", key="r")
st.write(st.session_state.r)
# step: at.radio[0].set_value("y")
