import streamlit as st

show = st.checkbox("Show extra", value=True)
if show:
    st.text_input("Extra", key="extra")
st.write("extra" in st.session_state)
# step: at.text_input[0].input("keep?")
# step: at.checkbox[0].uncheck()
# step: at.checkbox[0].check()
