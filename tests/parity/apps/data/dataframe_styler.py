import pandas as pd
import streamlit as st

df = pd.DataFrame({"a": [1, 2, 3], "b": [4, 5, 6]})
st.dataframe(df.style.highlight_max(axis=0))
