import pandas as pd
import streamlit as st

df = pd.DataFrame({"fruit": ["apple", "pear", "plum"], "count": [3, 5, 2]})
st.bar_chart(df, x="fruit", y="count")
st.bar_chart(df, x="fruit", y="count", horizontal=True)
