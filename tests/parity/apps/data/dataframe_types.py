import datetime

import pandas as pd
import streamlit as st

df = pd.DataFrame({
    "int": [1, 2],
    "float": [1.5, None],
    "str": ["a", None],
    "bool": [True, False],
    "date": [datetime.date(2024, 1, 1), datetime.date(2024, 1, 2)],
    "ts": pd.to_datetime(["2024-01-01 10:00", "2024-01-02 11:30"]),
})
st.dataframe(df)
