import streamlit as st


def home():
    st.write("home")


pg = st.navigation([st.Page(home, title="Home")], position="top")
pg.run()
