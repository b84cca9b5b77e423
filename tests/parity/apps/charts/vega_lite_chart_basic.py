import pandas as pd
import streamlit as st

df = pd.DataFrame({"a": [1, 2, 3], "b": [3, 1, 2]})
st.vega_lite_chart(df, {"mark": {"type": "circle", "tooltip": True}, "encoding": {"x": {"field": "a", "type": "quantitative"}, "y": {"field": "b", "type": "quantitative"}}})
