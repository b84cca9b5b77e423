import streamlit as st

st.markdown(":green-badge[Success] :red-badge[:material/error: Failed] :gray-badge[Deprecated]")
