import streamlit as st

st.session_state.setdefault("n", 0)


@st.fragment
def f():
    st.session_state.n += 1
    if st.session_state.n < 3:
        st.rerun(scope="fragment")
    st.write("n =", st.session_state.n)


f()
