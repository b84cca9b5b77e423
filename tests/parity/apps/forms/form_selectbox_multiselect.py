import streamlit as st

with st.form("prefs"):
    size = st.selectbox("Size", ["S", "M", "L"])
    extras = st.multiselect("Extras", ["cheese", "ham", "olives"])
    st.form_submit_button("Order")
st.write(size, extras)
# step: at.selectbox[0].select("L"); at.multiselect[0].select("ham"); at.form_submit_button[0].click()
