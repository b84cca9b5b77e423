import streamlit as st

tags = st.multiselect("Tags", ["x", "y"], accept_new_options=True)
st.write(tags)
