import streamlit as st

progress_text = "Operation in progress. Please wait."
my_bar = st.progress(0, text=progress_text)
for percent_complete in range(0, 101, 25):
    my_bar.progress(percent_complete, text=progress_text)
my_bar.empty()
st.progress(0.5)
st.progress(75, text="three quarters")
