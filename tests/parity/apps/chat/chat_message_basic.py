import numpy as np
import streamlit as st

with st.chat_message("user"):
    st.write("Hello 👋")
    st.line_chart(np.arange(5))
message = st.chat_message("assistant")
message.write("Hello human")
