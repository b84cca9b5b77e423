import streamlit as st

long = st.container(height=300)
for i in range(10):
    long.write(f"line {i}")
