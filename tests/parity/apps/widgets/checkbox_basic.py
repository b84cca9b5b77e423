import streamlit as st

agree = st.checkbox("I agree")
if agree:
    st.write("Great!")
# step: at.checkbox[0].check()
# step: at.checkbox[0].uncheck()
