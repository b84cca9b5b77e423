import streamlit as st

on = st.toggle("Activate feature")
if on:
    st.write("Feature activated!")
# step: at.toggle[0].set_value(True)
