import streamlit as st

n = st.number_input("Maybe", value=None, placeholder="Type a number...")
st.write("The current number is ", n)
# step: at.number_input[0].set_value(7)
