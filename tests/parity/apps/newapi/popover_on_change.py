import streamlit as st

with st.popover("Options", key="pop", on_change="rerun"):
    st.write("inside")
st.write("popover state:", st.session_state.get("pop"))
