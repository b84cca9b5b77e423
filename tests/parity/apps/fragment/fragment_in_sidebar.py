import streamlit as st


@st.fragment
def side():
    st.checkbox("Fragment checkbox")


with st.sidebar:
    side()
st.write("main")
# step: at.sidebar.checkbox[0].check()
