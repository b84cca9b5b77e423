import streamlit as st

st.get_option("no.such.option")
