import streamlit as st

st.slider("Volume", 0, 11, key="volume")
st.selectbox("Mode", ["a", "b"], key="mode")
st.write(st.session_state.volume, st.session_state.mode)
# step: at.slider(key="volume").set_value(11)
# step: at.selectbox(key="mode").select("b")
