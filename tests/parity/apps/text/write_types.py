import streamlit as st

st.write("Hello, *World!* :sunglasses:")
st.write(42)
st.write(3.14159)
st.write(True)
st.write(None)
st.write([1, 2, 3])
st.write(("a", "b"))
