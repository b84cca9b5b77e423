import streamlit as st

st.write({3, 1, 2})
st.write(range(5))
