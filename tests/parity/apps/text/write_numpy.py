import numpy as np
import streamlit as st

st.write(np.arange(6).reshape(2, 3))
st.write(np.float64(2.5))
