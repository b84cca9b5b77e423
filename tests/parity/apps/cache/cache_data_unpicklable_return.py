import threading

import streamlit as st


@st.cache_data
def make_lock():
    return threading.Lock()


make_lock()
