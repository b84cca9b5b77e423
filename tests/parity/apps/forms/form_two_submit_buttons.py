import streamlit as st

with st.form("f"):
    t = st.text_input("Text")
    save = st.form_submit_button("Save")
    cancel = st.form_submit_button("Cancel", type="primary")
st.write("save", save, "cancel", cancel, t)
# step: at.text_input[0].input("draft"); at.form_submit_button[1].click()
