import numpy as np
import streamlit as st

st.audio(np.zeros(800), sample_rate=8000)
st.video("https://static.streamlit.io/examples/star.mp4")
