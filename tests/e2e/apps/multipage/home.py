import streamlit as st

st.title("Home page")
st.write(f"home query: {st.query_params.to_dict()}")
st.page_link("second.py", label="To the second page")
if st.button("Switch by code"):
    st.switch_page("second.py")
if st.button("Set tab"):
    st.query_params["tab"] = "b"
