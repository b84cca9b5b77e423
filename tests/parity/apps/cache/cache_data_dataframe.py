import pandas as pd
import streamlit as st


@st.cache_data
def load(n):
    return pd.DataFrame({"i": range(n)})


df = load(5)
df["i"] = -1  # a cache_data result is a copy; the cached value is unchanged
st.dataframe(load(5))
