import streamlit as st

st.session_state.setdefault("toggles", 0)


def bump():
    st.session_state.toggles += 1


with st.expander("Track me", key="exp", on_change=bump):
    st.write("content")
st.write("toggles:", st.session_state.toggles)
