import streamlit as st


@st.dialog("One")
def one():
    st.write("1")


@st.dialog("Two")
def two():
    st.write("2")


one()
two()
