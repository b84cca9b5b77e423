import streamlit as st

st.button("Primary", type="primary")
st.button("Secondary", type="secondary")
st.button("Tertiary", type="tertiary")
st.button("Icon", icon=":material/mood:")
st.button("Disabled", disabled=True)
st.button("Wide", use_container_width=True)
st.button("Help", help="does a thing")
