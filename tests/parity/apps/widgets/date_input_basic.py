import datetime

import streamlit as st

d = st.date_input("When's your birthday", datetime.date(2019, 7, 6))
st.write("Your birthday is:", d)
# step: at.date_input[0].set_value(datetime.date(2020, 1, 2))
