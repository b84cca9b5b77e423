import streamlit as st

st.dataframe({"a": [1, 2, 3], "b": ["x", "y", "z"]})
st.dataframe([[1, 2], [3, 4]])
st.dataframe([{"name": "a", "v": 1}, {"name": "b", "v": 2}])
