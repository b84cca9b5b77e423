import streamlit as st


def my_function(a, b=2):
    """Adds numbers."""
    return a + b


st.write(my_function)
