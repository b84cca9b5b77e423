import streamlit as st

pic = st.camera_input("Take a picture", disabled=True)
st.write(pic)
