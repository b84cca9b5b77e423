import streamlit as st

result = st.write_stream(["a", "b", "c"])
st.write(repr(result))
