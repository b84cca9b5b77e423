import numpy as np
import pandas as pd
import streamlit as st

rng = np.random.default_rng(0)
df = pd.DataFrame(rng.integers(0, 100, size=(1000, 5)), columns=list("ABCDE"))
st.dataframe(df)
st.write(int(df["A"].sum()))
