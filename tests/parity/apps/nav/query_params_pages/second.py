import streamlit as st

st.write("second", st.query_params.get("who"))
