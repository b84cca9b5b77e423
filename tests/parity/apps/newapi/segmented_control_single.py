import streamlit as st

mode = st.segmented_control("Mode", ["Light", "Dark"], default="Light", key="mode")
st.write("mode:", mode)
# step: at.segmented_control[0].set_value("Dark")
