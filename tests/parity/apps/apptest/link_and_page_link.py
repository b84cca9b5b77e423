import streamlit as st

st.link_button("Docs", "https://docs.streamlit.io")
st.page_link("https://example.com", label="Ext")
# step: assert at.link_button[0].label == "Docs"
# step: assert at.page_link[0].label == "Ext"
