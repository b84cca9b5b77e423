import streamlit as st

st.session_state.setdefault("full_runs", 0)
st.session_state.full_runs += 1


@st.fragment
def counter():
    if st.button("Fragment button"):
        st.session_state.frag = st.session_state.get("frag", 0) + 1
    st.write("fragment clicks:", st.session_state.get("frag", 0))


counter()
st.write("full runs:", st.session_state.full_runs)
# step: at.button[0].click()
