import streamlit as st

with st.container():
    st.write("This is inside the container")
    st.bar_chart({"a": [1, 5, 2]})
st.write("This is outside the container")
