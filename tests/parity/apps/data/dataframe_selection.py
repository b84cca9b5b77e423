import pandas as pd
import streamlit as st

df = pd.DataFrame({"a": [1, 2, 3]})
event = st.dataframe(df, on_select="rerun", selection_mode="multi-row", key="sel")
st.write(event.selection.rows)
