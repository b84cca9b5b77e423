import streamlit as st

with st.expander("Details", key="details", on_change="rerun"):
    st.write("x")
st.write(st.session_state.get("details"))
