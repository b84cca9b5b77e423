import streamlit as st

st.query_params.from_dict({"a": "1", "b": ["2", "3"]})
st.write(st.query_params.get_all("b"))
st.query_params.clear()
st.write(len(st.query_params))
