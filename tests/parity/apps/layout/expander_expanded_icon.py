import streamlit as st

with st.expander("Open by default", expanded=True, icon=":material/info:"):
    st.write("visible")
exp = st.expander("Object style")
exp.write("via object")
