import streamlit as st

pop = st.popover("Settings", icon=":material/settings:", help="more")
pop.checkbox("Dark mode")
