import streamlit as st

st.set_option("client.showErrorDetails", True)
st.write(st.get_option("client.showErrorDetails"))
