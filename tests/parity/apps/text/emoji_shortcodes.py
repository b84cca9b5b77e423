import streamlit as st

st.write(":smile: :+1: :rocket:")
st.markdown("Icons :material/home: and :material/settings:")
