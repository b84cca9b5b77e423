import streamlit as st

st.write(type(st.context.headers).__name__)
st.write(st.context.theme.type if hasattr(st.context, "theme") else "no theme")
