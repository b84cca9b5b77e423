import streamlit as st

st.write("Price: $5 and $10")
st.write("under_score and *star*")
st.write("<div>raw</div>")
