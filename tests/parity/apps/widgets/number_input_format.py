import streamlit as st

v = st.number_input("Price", value=1.25, step=0.25, format="%.2f")
st.write(v)
# step: at.number_input[0].increment()
