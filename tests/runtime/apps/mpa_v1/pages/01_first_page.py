import streamlit as st

st.title("First page")
st.page_link("app.py", label="Home")
if st.button("Go to plot"):
    st.switch_page("pages/02_📈_Plot_this.py")
