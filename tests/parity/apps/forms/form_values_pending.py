import streamlit as st

with st.form("f"):
    v = st.number_input("N", value=1)
    st.form_submit_button()
st.write("N is", v)
# step: at.number_input[0].set_value(9)
# step: at.form_submit_button[0].click()
