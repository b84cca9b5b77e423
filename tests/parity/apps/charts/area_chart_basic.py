import pandas as pd
import streamlit as st

st.area_chart(pd.DataFrame({"a": [1, 3, 2], "b": [2, 2, 4]}), stack="center")
