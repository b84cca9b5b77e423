import streamlit as st

with st.form("grid"):
    c1, c2 = st.columns(2)
    first = c1.text_input("First")
    last = c2.text_input("Last")
    done = st.form_submit_button("Submit")
if done:
    st.write(f"{first} {last}")
# step: at.text_input[0].input("Ada"); at.text_input[1].input("Lovelace"); at.form_submit_button[0].click()
