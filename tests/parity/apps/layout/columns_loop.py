import streamlit as st

cols = st.columns(4)
for i, col in enumerate(cols):
    col.metric(f"Metric {i}", i * 10)
