import pandas as pd
import streamlit as st

df = pd.DataFrame({"widgets": ["st.selectbox", "st.number_input"], "favorite": [True, False]})
st.data_editor(
    df,
    column_config={
        "favorite": st.column_config.CheckboxColumn("Your favorite?", help="Select your **favorite** widgets", default=False)
    },
    disabled=["widgets"],
    hide_index=True,
)
