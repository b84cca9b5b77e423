import streamlit as st


@st.cache_data(ttl=3600, max_entries=2, show_spinner=False)
def f(x):
    return x + 1


st.write([f(i) for i in range(4)])
