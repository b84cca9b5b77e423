import streamlit as st

tabs = st.tabs(["A", "B"], key="tabs", on_change="rerun")
tabs[0].write("a")
st.write("active:", st.session_state.get("tabs"))
