import numpy as np
import pandas as pd
import streamlit as st

st.title("Data explorer")
rng = np.random.default_rng(7)
df = pd.DataFrame(rng.normal(size=(50, 4)).round(3), columns=["alpha", "beta", "gamma", "delta"])
cols = st.multiselect("Columns", list(df.columns), default=["alpha", "beta"])
n = st.number_input("Rows", 1, 50, 5)
show_stats = st.toggle("Show statistics")
st.dataframe(df[cols].head(int(n)))
if show_stats:
    st.write(df[cols].describe().round(3))
with st.expander("Raw JSON"):
    st.json(df[cols].head(3).to_dict())
# step: at.number_input[0].set_value(3)
# step: at.toggle[0].set_value(True)
