import streamlit as st


def a():
    st.write("a")


pg = st.navigation([st.Page(a, title="Same", url_path="same"), st.Page(a, title="Same2", url_path="same")])
pg.run()
