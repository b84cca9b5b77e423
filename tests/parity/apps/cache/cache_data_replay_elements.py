import streamlit as st


@st.cache_data
def heavy(n):
    st.write(f"computing {n}")
    return n * 2


st.write(heavy(2))
st.write(heavy(2))
