import datetime

import streamlit as st

when = st.datetime_input("Meeting", datetime.datetime(2025, 1, 2, 9, 30))
st.write(when)
# step: at.datetime_input[0].set_value(datetime.datetime(2025, 3, 4, 10, 0))
