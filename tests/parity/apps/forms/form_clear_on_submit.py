import streamlit as st

with st.form("entry", clear_on_submit=True):
    name = st.text_input("Name")
    ok = st.form_submit_button("Save")
if ok:
    st.write("saved", name)
# step: at.text_input[0].input("Kim"); at.form_submit_button[0].click()
