import streamlit as st

st.json({"foo": "bar", "baz": "boz", "stuff": ["stuff 1", "stuff 2", "stuff 3"]})
st.json('{"a": 1}')
st.json([1, 2, {"x": None}], expanded=False)
