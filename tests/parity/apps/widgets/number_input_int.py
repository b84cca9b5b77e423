import streamlit as st

n = st.number_input("Pick a number", min_value=0, max_value=10, value=5, step=1)
st.write(n, type(n).__name__)
# step: at.number_input[0].increment()
# step: at.number_input[0].decrement()
# step: at.number_input[0].decrement()
