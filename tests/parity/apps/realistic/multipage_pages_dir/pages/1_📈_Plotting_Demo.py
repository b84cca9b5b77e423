import numpy as np
import pandas as pd
import streamlit as st

st.set_page_config(page_title="Plotting Demo", page_icon="📈")
st.markdown("# Plotting Demo")
st.sidebar.header("Plotting Demo")
rows = np.random.default_rng(3).standard_normal((5, 1)).cumsum(axis=0)
st.line_chart(pd.DataFrame(rows, columns=["v"]))
st.button("Re-run")
