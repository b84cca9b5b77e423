import streamlit as st

st.download_button("Download CSV", "a,b\n1,2\n", file_name="data.csv", mime="text/csv")
st.download_button("Download bytes", b"\x00\x01", file_name="x.bin", icon=":material/download:")
