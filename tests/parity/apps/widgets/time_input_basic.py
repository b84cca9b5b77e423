import datetime

import streamlit as st

t = st.time_input("Set an alarm for", datetime.time(8, 45))
st.write("Alarm is set for", t)
# step: at.time_input[0].set_value(datetime.time(9, 15))
