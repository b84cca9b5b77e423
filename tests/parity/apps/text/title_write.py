import streamlit as st

st.title("My first app")
st.write("Here's our first attempt at using data to create a table:")
st.write(1234)
st.write({"a": 1, "b": [1, 2]})
