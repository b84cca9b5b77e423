import numpy as np
import streamlit as st

img = np.zeros((8, 8, 3), dtype=np.uint8)
img[:, :4] = 255
st.image(img, caption="half white")
st.image([img, img], caption=["one", "two"])
