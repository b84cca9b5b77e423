import streamlit as st

if "name" not in st.session_state:
    st.session_state.name = "Seeded"
st.text_input("Name", key="name")
st.write(st.session_state.name)
# step: at.text_input[0].input("Typed")
