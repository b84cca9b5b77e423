import pandas as pd
import streamlit as st

df = pd.DataFrame({"x": [1, 2], "y": [3.5, 4.25]})
st.dataframe(df, hide_index=True, use_container_width=True, height=200)
st.dataframe(df, column_order=["y", "x"])
