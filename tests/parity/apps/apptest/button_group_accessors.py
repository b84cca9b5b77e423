import streamlit as st

st.pills("P", ["a", "b"], key="p")
st.segmented_control("S", ["x", "y"], default="x", key="s")
# step: assert at.pills[0].value is None and at.segmented_control[0].value == "x"
# step: at.pills[0].set_value("b")
# step: assert at.session_state.p == "b"
