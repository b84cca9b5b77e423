import streamlit as st

outer1, outer2 = st.columns(2)
with outer1:
    inner1, inner2 = st.columns(2)
    inner1.write("1")
    inner2.write("2")
outer2.write("right")
