import streamlit as st

values = st.slider("Select a range of values", 0.0, 100.0, (25.0, 75.0))
st.write("Values:", values)
# step: at.slider[0].set_range(10.0, 20.0)
