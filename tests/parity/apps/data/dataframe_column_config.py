import pandas as pd
import streamlit as st

df = pd.DataFrame({"name": ["a", "b"], "stars": [10, 200], "url": ["https://a.org", "https://b.org"], "p": [0.1, 0.9]})
st.dataframe(
    df,
    column_config={
        "name": "App name",
        "stars": st.column_config.NumberColumn("Github Stars", help="Number of stars", format="%d ⭐"),
        "url": st.column_config.LinkColumn("App URL"),
        "p": st.column_config.ProgressColumn("Progress", min_value=0, max_value=1),
    },
    hide_index=True,
)
