import streamlit as st

st.image("https://static.streamlit.io/examples/cat.jpg", caption="A cat", width=200)
