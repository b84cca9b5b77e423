import streamlit as st

v = st.radio("Pick", ["a", "b", "c"], index=None, horizontal=True)
st.write(v)
# step: at.radio[0].set_value("c")
