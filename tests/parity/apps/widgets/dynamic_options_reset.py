import streamlit as st

kind = st.radio("Kind", ["fruit", "veg"])
options = ["apple", "pear"] if kind == "fruit" else ["carrot", "leek"]
item = st.selectbox("Item", options)
st.write(kind, item)
# step: at.selectbox[0].select("pear")
# step: at.radio[0].set_value("veg")
