import streamlit as st

st.json({"level1": {"level2": {"level3": 1}}}, expanded=2)
