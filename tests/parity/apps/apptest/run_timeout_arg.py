import streamlit as st

st.write("quick")
# step: at.run(timeout=5)
