import streamlit as st

st.markdown("**bold** and <img src=x onerror=\"window.__pwned = 1\"> <script>window.__pwned = 2</script>")
st.markdown("<b id='allowed'>allowed html</b><img src=x onerror=\"window.__pwned = 3\">", unsafe_allow_html=True)
