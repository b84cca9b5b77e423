import pandas as pd
import streamlit as st

df = pd.DataFrame({"v": [1, 2, 3]})
c1, c2 = st.columns(2)
c1.line_chart(df)
c2.bar_chart(df)
