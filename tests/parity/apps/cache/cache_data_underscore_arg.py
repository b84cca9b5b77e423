import streamlit as st


class Conn:
    pass


@st.cache_data
def query(_conn, sql):
    return f"ran {sql}"


st.write(query(Conn(), "select 1"))
