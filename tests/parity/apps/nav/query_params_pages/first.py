import streamlit as st

st.write("first", st.query_params.get("who"))
