import streamlit as st

st.query_params["x"] = "1"
# step: assert at.query_params["x"] == ["1"] or at.query_params["x"] == "1"
