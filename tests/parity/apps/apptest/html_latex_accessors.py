import streamlit as st

st.html("<b>x</b>")
st.latex("a^2")
# step: assert at.html[0].value == "<b>x</b>"
# step: assert len(at.latex) == 1
