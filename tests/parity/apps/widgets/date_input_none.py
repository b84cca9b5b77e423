import streamlit as st

d = st.date_input("Optional date", value=None)
st.write(d)
