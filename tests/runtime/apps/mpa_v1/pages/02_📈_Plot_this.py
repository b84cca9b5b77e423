import streamlit as st

st.title("Plot page")
st.write(f"visits: {st.session_state.get('visits')}")
st.checkbox("Plot option", key="opt")
