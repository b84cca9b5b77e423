import streamlit as st

number = st.number_input("Insert a number")
st.write("The current number is ", number)
# step: at.number_input[0].set_value(3.5)
# step: at.number_input[0].increment()
