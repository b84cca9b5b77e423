import streamlit as st


class Custom:
    def __init__(self, v):
        self.v = v


@st.cache_data(hash_funcs={Custom: lambda c: c.v})
def get(c):
    return c.v * 10


st.write(get(Custom(3)))
