import streamlit as st

st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
pg = st.navigation([
    st.Page("home.py", title="Home", icon="🏠"),
    st.Page("second.py", title="Second page", icon=":material/description:"),
])
st.sidebar.caption(f"runs: {st.session_state.runs}")
pg.run()
