import streamlit as st

try:
    try:
        1 / 0
    except ZeroDivisionError as inner:
        raise ValueError("outer") from inner
except ValueError as outer:
    st.exception(outer)
