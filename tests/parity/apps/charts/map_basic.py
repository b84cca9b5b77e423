import pandas as pd
import streamlit as st

df = pd.DataFrame({"lat": [37.76, 37.77], "lon": [-122.4, -122.41]})
st.map(df)
