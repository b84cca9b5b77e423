import streamlit.components.v1 as components

components.iframe("https://example.com", height=200)
