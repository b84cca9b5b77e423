import streamlit as st

placeholder = st.empty()
placeholder.text("Hello")
placeholder.write("Replaced!")
other = st.empty()
