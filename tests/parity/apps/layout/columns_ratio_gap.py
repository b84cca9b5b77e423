import streamlit as st

left, right = st.columns([3, 1], gap="large")
left.write("wide")
right.write("narrow")
a, b = st.columns(2, vertical_alignment="bottom", border=True)
a.text_input("Name")
b.button("Go")
