import streamlit as st

st.button("Press", key="press")
st.write("pressed:", st.session_state.press)
# step: at.button(key="press").click()
