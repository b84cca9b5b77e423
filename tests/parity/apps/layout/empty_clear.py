import streamlit as st

ph = st.empty()
ph.write("gone soon")
ph.empty()
st.write("done")
