import streamlit as st


@st.fragment(run_every="10s")
def clock():
    st.write("tick")


clock()
