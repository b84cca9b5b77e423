import streamlit as st

picked = st.multiselect("Up to two", ["a", "b", "c", "d"], max_selections=2)
st.write(len(picked), picked)
# step: at.multiselect[0].select("a")
# step: at.multiselect[0].select("d")
