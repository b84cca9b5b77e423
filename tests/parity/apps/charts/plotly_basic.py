# requires: plotly
import plotly.express as px
import streamlit as st

st.plotly_chart(px.line(x=[1, 2, 3], y=[1, 4, 9]))
