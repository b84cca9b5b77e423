import pandas as pd
import streamlit as st


def gen():
    yield "Some text. "
    yield pd.DataFrame({"a": [1, 2]})
    yield "More text."


st.write_stream(gen())
