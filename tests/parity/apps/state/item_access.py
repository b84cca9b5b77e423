import streamlit as st

st.session_state["key"] = "value"
st.write(st.session_state["key"])
st.write("key" in st.session_state, "nope" in st.session_state)
del st.session_state["key"]
st.write("key" in st.session_state)
