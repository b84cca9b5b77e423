import streamlit as st


class Thing:
    pass


@st.cache_data
def use(t):
    return 1


use(Thing())
