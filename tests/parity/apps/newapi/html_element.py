import streamlit as st

st.html("<p><span style='text-decoration: line-through double red;'>Oops</span>!</p>")
st.html("<style>.x{color:red}</style>")
