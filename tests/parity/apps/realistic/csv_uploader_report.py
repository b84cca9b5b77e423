import io

import pandas as pd
import streamlit as st

st.title("CSV report")
up = st.file_uploader("Upload CSV", type="csv")
if up is None:
    st.info("Using sample data")
    data = io.StringIO("name,score\nann,3\nbo,5\ncy,4\n")
else:
    data = up
df = pd.read_csv(data)
st.dataframe(df)
st.metric("Mean score", round(df["score"].mean(), 2))
st.download_button("Download", df.to_csv(index=False), "report.csv")
