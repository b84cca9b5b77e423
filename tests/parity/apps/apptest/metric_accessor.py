import streamlit as st

st.metric("Speed", "10 km/h", "+2")
# step: assert at.metric[0].label == "Speed" and at.metric[0].value == "10 km/h"
