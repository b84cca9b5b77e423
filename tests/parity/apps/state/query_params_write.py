import streamlit as st

if st.button("Set"):
    st.query_params["page"] = "2"
    st.query_params.tab = "x"
st.write(st.query_params.to_dict())
# step: at.button[0].click()
