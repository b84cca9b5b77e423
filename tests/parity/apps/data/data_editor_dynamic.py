import pandas as pd
import streamlit as st

df = pd.DataFrame({"item": ["a"], "qty": [1]})
edited = st.data_editor(df, num_rows="dynamic", key="editor")
st.write("rows:", len(edited))
