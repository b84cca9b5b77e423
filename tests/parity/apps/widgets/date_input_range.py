import datetime

import streamlit as st

jan_1 = datetime.date(2024, 1, 1)
dec_31 = datetime.date(2024, 12, 31)
d = st.date_input("Select your vacation", (jan_1, datetime.date(2024, 1, 7)), jan_1, dec_31, format="MM.DD.YYYY")
st.write(d)
# step: at.date_input[0].set_value((datetime.date(2024, 3, 1), datetime.date(2024, 3, 5)))
