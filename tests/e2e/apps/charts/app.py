"""Charts in the browser: one of each kind, a rerun button, and a chart whose data changes."""
import numpy as np
import pandas as pd
import streamlit as st

if "n" not in st.session_state:
    st.session_state.n = 0
if st.button("More data"):
    st.session_state.n += 1

df = pd.DataFrame({"a": [1, 3, 2, 4], "b": [2, 1, 4, 3], "cat": ["p", "q", "p", "q"]})
st.line_chart(df, y=["a", "b"])
st.bar_chart(df, x="cat", y="a", horizontal=True)
st.area_chart(df, y="a", stack="normalize")
grow = pd.DataFrame({"x": np.arange(5 + st.session_state.n), "y": np.arange(5 + st.session_state.n) ** 2})
st.scatter_chart(grow, x="x", y="y", size=60)
st.vega_lite_chart(df, {"mark": "point", "encoding": {"x": {"field": "a", "type": "quantitative"},
                                                      "y": {"field": "b", "type": "quantitative"}}})
st.text(f"runs with more data: {st.session_state.n}")
