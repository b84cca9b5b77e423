import streamlit as st


def changed():
    st.session_state.changes = st.session_state.get("changes", 0) + 1


st.checkbox("Enabled", value=True, key="enabled", on_change=changed)
st.write("changes:", st.session_state.get("changes", 0), "value:", st.session_state.enabled)
# step: at.checkbox[0].uncheck()
