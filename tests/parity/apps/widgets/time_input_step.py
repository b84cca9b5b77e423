import datetime

import streamlit as st

t = st.time_input("Meeting", datetime.time(10, 0), step=datetime.timedelta(minutes=30))
st.write(t)
# step: at.time_input[0].increment()
