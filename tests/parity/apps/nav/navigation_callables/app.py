import streamlit as st


def page_one():
    st.title("Page one")
    st.button("One button")


def page_two():
    st.title("Page two")


pg = st.navigation([st.Page(page_one, title="First"), st.Page(page_two, title="Second", url_path="second")])
pg.run()
