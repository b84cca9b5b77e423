import streamlit as st

value = st.chat_input("Attach", accept_file=True)
st.write(type(value).__name__)
