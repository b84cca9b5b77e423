import streamlit as st

st.session_state.setdefault("events", [])
st.toggle("T", key="t", on_change=lambda: st.session_state.events.append("t"))
st.checkbox("C", key="c", on_change=lambda: st.session_state.events.append("c"))
st.write(st.session_state.events)
# step: at.toggle[0].set_value(True)
# step: at.checkbox[0].check()
