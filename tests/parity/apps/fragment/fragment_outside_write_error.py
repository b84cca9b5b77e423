import streamlit as st

outside = st.container()


@st.fragment
def f():
    if st.button("Write outside"):
        with outside:
            st.write("written from fragment")


f()
# step: at.button[0].click()
