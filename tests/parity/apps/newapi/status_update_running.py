import streamlit as st

status = st.status("Starting")
status.write("step 1")
status.update(label="Half way", state="running")
status.write("step 2")
