import streamlit as st


def home():
    st.title("Home")


def other():
    st.title("Other")


home_page = st.Page(home, title="Home")
other_page = st.Page(other, title="Other")
pg = st.navigation([home_page, other_page])
with st.sidebar:
    st.page_link(other_page, label="Go other")
pg.run()
