"""bench/chart_bench.py: st.scatter_chart of 100,000 points."""
import numpy as np
import pandas as pd
import streamlit as st

rng = np.random.default_rng(0)
df = pd.DataFrame({"x": rng.normal(size=100_000), "y": rng.normal(size=100_000)})
st.scatter_chart(df, x="x", y="y")
