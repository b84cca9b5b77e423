import streamlit as st

st.write(st.get_option("theme.primaryColor"))
st.write(st.get_option("server.maxUploadSize"))
st.write(st.get_option("client.showErrorDetails"))
