"""Browser test app: form submit semantics, a CSV upload read by pandas, a download, a colour, tabs."""

import numpy as np
import pandas as pd
import streamlit as st

st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
st.text(f"runs: {st.session_state.runs}")

with st.form("profile"):
    name = st.text_input("Name")
    age = st.number_input("Age", 0, 120, 30)
    saved = st.form_submit_button("Save")
st.text(f"saved: {name}/{age}/{saved}")

with st.form("notes", clear_on_submit=True):
    note = st.text_input("Note")
    st.form_submit_button("Add note")
st.text(f"note: {note}")

color = st.color_picker("Color", "#FF0000")
st.text(f"color: {color}")

f = st.file_uploader("CSV file", type="csv")
if f is not None:
    df = pd.read_csv(f)
    st.text(f"csv: {f.name} shape={df.shape} sum={int(df['y'].sum())}")

st.download_button("Download CSV", pd.DataFrame({"a": [1, 2], "b": ["x", "y"]}).to_csv(index=False),
                   "data.csv", mime="text/csv")

first, second = st.tabs(["First", "Second"])
first.text("first tab body")
with second:
    st.text("second tab body")
    st.image(np.full((4, 6, 3), 200, dtype=np.uint8), caption="grey box")
