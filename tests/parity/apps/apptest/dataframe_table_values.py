import pandas as pd
import streamlit as st

st.dataframe(pd.DataFrame({"a": [1, 2]}))
st.table(pd.DataFrame({"b": [3]}))
# step: assert list(at.dataframe[0].value["a"]) == [1, 2] and list(at.table[0].value["b"]) == [3]
