import streamlit as st

st.title("Anchored", anchor="my-anchor")
st.header("No anchor", anchor=False)
st.subheader("With help", help="Some help text")
