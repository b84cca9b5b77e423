import pandas as pd
import streamlit as st

st.dataframe(pd.DataFrame())
st.dataframe(pd.DataFrame(columns=["a", "b"]))
