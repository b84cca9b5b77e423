import streamlit as st

with st.echo():
    st.write("This code will be printed")
    y = 2 * 3
st.write(y)
