import streamlit.components.v1 as components

components.html("<p>Hello from an iframe</p>", height=100)
