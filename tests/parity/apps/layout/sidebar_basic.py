import streamlit as st

st.sidebar.title("Sidebar title")
st.sidebar.markdown("Some sidebar text")
with st.sidebar:
    st.header("In a with block")
    st.button("Sidebar button")
st.write("Main")
