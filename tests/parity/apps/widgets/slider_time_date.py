import datetime

import streamlit as st

appointment = st.slider("Schedule your appointment:", value=(datetime.time(11, 30), datetime.time(12, 45)))
st.write("You're scheduled for:", appointment)
start = st.slider("Start", min_value=datetime.date(2024, 1, 1), max_value=datetime.date(2024, 12, 31), value=datetime.date(2024, 6, 1))
st.write(start)
