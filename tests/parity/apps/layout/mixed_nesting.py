import streamlit as st

with st.container(border=True):
    c1, c2 = st.columns(2)
    with c1:
        with st.expander("More"):
            st.write("deep")
    with c2:
        t1, t2 = st.tabs(["x", "y"])
        t1.write("tab x")
        with t2:
            with st.container():
                st.write("tab y container")
