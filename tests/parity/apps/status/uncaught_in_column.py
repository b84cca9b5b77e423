import streamlit as st

c1, c2 = st.columns(2)
c1.write("left ok")
with c2:
    raise TypeError("bad in column")
