import streamlit as st

with st.popover("Open popover"):
    st.markdown("Hello World 👋")
    name = st.text_input("What's your name?")
st.write("Your name:", name)
# step: at.text_input[0].input("Bo")
