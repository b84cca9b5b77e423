import streamlit as st

v = st.slider("Percent", 0, 100, 50, step=5, format="%d%%")
st.write(v)
# step: at.slider[0].set_value(55)
