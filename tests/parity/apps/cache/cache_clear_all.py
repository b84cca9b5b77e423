import streamlit as st


@st.cache_data
def a():
    return 1


a()
st.cache_data.clear()
st.cache_resource.clear()
st.write("cleared")
