import streamlit as st


@st.fragment
def f():
    if st.button("Rerun app"):
        st.rerun(scope="app")
    st.write("in fragment")


f()
st.write("outside")
# step: at.button[0].click()
