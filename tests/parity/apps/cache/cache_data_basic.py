import streamlit as st

calls = st.session_state.setdefault("calls", [])


@st.cache_data
def square(x):
    calls.append(x)
    return x * x


st.write(square(3), square(3), square(4))
st.write("computed:", len(calls))
# step: at.button[0].click() if at.button else None
