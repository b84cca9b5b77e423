import streamlit as st

st.set_page_config(page_title="Hello", page_icon="👋")
st.write("# Welcome! 👋")
st.sidebar.success("Select a demo above.")
st.markdown("This is a multipage app with a pages/ folder.")
# step: at.switch_page("pages/1_📈_Plotting_Demo.py")
# step: at.switch_page("pages/2_📊_DataFrame_Demo.py")
