import streamlit as st

if "num" not in st.session_state:
    st.session_state.num = 3
st.slider("Num", 0, 10, value=5, key="num")
st.write(st.session_state.num)
