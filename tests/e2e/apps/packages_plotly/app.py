"""Two PyPI-only packages (humanize, Faker) and a Plotly chart with box/point selection."""
import humanize
import plotly.graph_objects as go
import streamlit as st
from faker import Faker

Faker.seed(7)
st.write(f"size: {humanize.naturalsize(3_000_000)}")
st.write(f"name: {Faker().name()}")
fig = go.Figure(go.Scatter(x=[1, 2, 3, 4, 5], y=[10, 11, 12, 13, 14], mode="markers"))
fig.update_layout(title="Points")
event = st.plotly_chart(fig, key="chart", on_select="rerun", selection_mode=("points", "box", "lasso"))
st.write(f"selected: {event.selection.point_indices}")
st.write(f"boxes: {len(event.selection.box)}")
st.write(f"state: {st.session_state.chart.selection.point_indices}")
