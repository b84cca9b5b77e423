import streamlit as st

name = st.text_input("Name", placeholder="Type your name", max_chars=10)
pw = st.text_input("Password", type="password")
st.write(f"Hello {name or 'stranger'}", len(pw))
# step: at.text_input[0].input("Ann")
# step: at.text_input[1].input("secret")
