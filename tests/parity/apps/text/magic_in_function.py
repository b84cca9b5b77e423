import streamlit as st


def section():
    "Inside function: magic does not apply in functions? It does."
    st.write("called")


section()
