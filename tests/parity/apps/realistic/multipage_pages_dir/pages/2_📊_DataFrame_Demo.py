import pandas as pd
import streamlit as st

st.markdown("# DataFrame Demo")
df = pd.DataFrame({"country": ["A", "B"], "gdp": [1.5, 2.5]})
countries = st.multiselect("Choose countries", list(df["country"]), ["A"])
if not countries:
    st.error("Please select at least one country.")
else:
    st.dataframe(df[df["country"].isin(countries)])
