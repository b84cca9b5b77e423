import streamlit as st


@st.cache_data(show_spinner="Fetching data...")
def fetch():
    return [1, 2]


st.write(fetch())
