import streamlit as st

st.metric(label="Temperature", value="70 °F", delta="1.2 °F")
st.metric("Gas price", 4, -0.5, delta_color="inverse")
st.metric("Active", 1234, "0%", delta_color="off")
