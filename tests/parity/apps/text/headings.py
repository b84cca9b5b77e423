import streamlit as st

st.title("This is a title")
st.header("This is a header")
st.subheader("This is a subheader")
st.title("_Streamlit_ is :blue[cool] :sunglasses:")
st.header("Divider header", divider="rainbow")
st.subheader("Gray divider", divider="gray")
