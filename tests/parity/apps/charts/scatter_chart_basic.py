import pandas as pd
import streamlit as st

df = pd.DataFrame({"x": [1, 2, 3, 4], "y": [4, 1, 3, 2], "size": [10, 20, 30, 40], "group": ["a", "b", "a", "b"]})
st.scatter_chart(df, x="x", y="y", size="size", color="group")
