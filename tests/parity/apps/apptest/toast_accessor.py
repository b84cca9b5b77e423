import streamlit as st

st.toast("Saved", icon="💾")
# step: assert at.toast[0].value == "Saved"
