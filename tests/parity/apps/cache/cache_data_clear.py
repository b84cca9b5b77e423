import streamlit as st


@st.cache_data
def now_ish(x):
    st.session_state["n"] = st.session_state.get("n", 0) + 1
    return x


now_ish(1)
if st.button("Clear"):
    now_ish.clear()
    now_ish(1)
st.write(st.session_state.get("n"))
# step: at.button[0].click()
