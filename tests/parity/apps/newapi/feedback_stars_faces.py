import streamlit as st

stars = st.feedback("stars", key="stars")
faces = st.feedback("faces")
st.write(stars, faces)
# step: at.feedback[0].set_value(4)
