import streamlit as st

audio = st.audio_input("Record a voice message")
st.write(audio is None)
