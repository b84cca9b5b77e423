import streamlit as st

if "log" not in st.session_state:
    st.session_state.log = []


def record(name, times=1):
    st.session_state.log.append(f"{name} x{times}")


st.button("A", on_click=record, args=("a",))
st.button("B", on_click=record, args=("b",), kwargs={"times": 2})
st.write(st.session_state.log)
# step: at.button[0].click()
# step: at.button[1].click()
