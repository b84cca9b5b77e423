import pandas as pd
import streamlit as st

df = pd.DataFrame({"k": ["a", "b"], "v": [1, 2]})
st.json(df.to_dict(orient="records"))
st.write(df.describe())
