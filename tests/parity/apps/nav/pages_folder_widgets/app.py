import streamlit as st

st.title("Dashboard home")
region = st.sidebar.selectbox("Region", ["EU", "US"])
st.write("region", region)
# step: at.sidebar.selectbox[0].select("US")
# step: at.switch_page("pages/report.py")
