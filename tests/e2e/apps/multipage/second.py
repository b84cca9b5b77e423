import streamlit as st

st.title("Second page")
st.write(f"second query: {st.query_params.to_dict()}")
st.write(f"runs so far: {st.session_state.runs}")
st.write(f"context: {st.context.timezone is not None} {st.context.theme.type} {st.context.url}")
