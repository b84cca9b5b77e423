import pandas as pd
import streamlit as st

df = pd.DataFrame({"fruit": ["apple", "banana", "cherry"], "n": [1, 2, 3]})
f = st.selectbox("Fruit", df["fruit"])
st.write(df[df["fruit"] == f])
# step: at.selectbox[0].select("cherry")
