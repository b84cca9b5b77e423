import streamlit as st

if st.button("Toast"):
    st.toast("Your edited image was saved!", icon="😍")
# step: at.button[0].click()
