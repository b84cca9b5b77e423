import streamlit as st


class Dog:
    """A typical dog."""

    def bark(self):
        """Woof."""


st.help(Dog)
st.help(len)
