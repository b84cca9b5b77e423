import streamlit as st

st.write(dict(st.query_params))
st.write(st.query_params.get("q", "none"))
# step: at.query_params.__setitem__("q", "cats")
