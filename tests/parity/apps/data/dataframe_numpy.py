import numpy as np
import streamlit as st

st.dataframe(np.eye(3))
