import streamlit as st


def intro():
    st.write("intro")


def main():
    st.write("main page is default")


pg = st.navigation([st.Page(intro, title="Intro"), st.Page(main, title="Main", default=True)])
pg.run()
