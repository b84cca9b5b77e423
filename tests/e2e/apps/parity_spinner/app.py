import time

import streamlit as st


@st.cache_data
def slow(n):
    time.sleep(2)
    return n * 2


st.write("before")
st.write("value", slow(21))
with st.spinner("Working..."):
    st.write("under")
st.write("after")
st.button("rerun")
