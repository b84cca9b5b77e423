import streamlit as st

if "count" not in st.session_state:
    st.session_state.count = 0


def increment_counter(increment_value=0):
    st.session_state.count += increment_value


def decrement_counter(decrement_value=0):
    st.session_state.count -= decrement_value


st.button("Increment", on_click=increment_counter, kwargs=dict(increment_value=5))
st.button("Decrement", on_click=decrement_counter, kwargs=dict(decrement_value=1))
st.write("Count = ", st.session_state.count)
# step: at.button[0].click()
# step: at.button[1].click()
