import streamlit as st

if st.button("Celebrate"):
    st.balloons()
if st.button("Winter"):
    st.snow()
st.write("party")
# step: at.button[0].click()
# step: at.button[1].click()
