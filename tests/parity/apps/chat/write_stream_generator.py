import streamlit as st


def words():
    for w in "Lorem ipsum dolor sit amet".split():
        yield w + " "


if st.button("Stream data"):
    out = st.write_stream(words)
    st.write("returned:", out)
# step: at.button[0].click()
