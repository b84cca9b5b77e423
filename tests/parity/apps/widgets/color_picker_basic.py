import streamlit as st

color = st.color_picker("Pick A Color", "#00f900")
st.write("The current color is", color)
# step: at.color_picker[0].pick("#ff0000")
