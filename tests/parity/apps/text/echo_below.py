import streamlit as st

with st.echo(code_location="below"):
    st.write("below")
