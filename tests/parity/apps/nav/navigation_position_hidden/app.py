import streamlit as st


def a():
    st.write("A page")


def b():
    st.write("B page")


pg = st.navigation([st.Page(a, title="A"), st.Page(b, title="B")], position="hidden")
pg.run()
