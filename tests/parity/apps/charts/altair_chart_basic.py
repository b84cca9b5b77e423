import altair as alt
import pandas as pd
import streamlit as st

df = pd.DataFrame({"a": list("CCCDDDEEE"), "b": [2, 7, 4, 1, 2, 6, 8, 4, 7]})
c = alt.Chart(df).mark_bar().encode(x="a", y="average(b)")
st.altair_chart(c, use_container_width=True)
