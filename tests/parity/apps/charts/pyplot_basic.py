# requires: matplotlib
import matplotlib.pyplot as plt
import streamlit as st

fig, ax = plt.subplots()
ax.hist([1, 2, 2, 3, 3, 3], bins=3)
st.pyplot(fig)
