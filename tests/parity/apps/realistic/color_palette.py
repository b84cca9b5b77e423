import streamlit as st

st.title("Palette builder")
n = st.slider("Colors", 1, 5, 3)
cols = st.columns(n)
picked = [col.color_picker(f"Color {i + 1}", "#%02x%02x%02x" % (50 * i, 100, 200), key=f"c{i}") for i, col in enumerate(cols)]
st.code(", ".join(picked))
# step: at.color_picker[0].pick("#123456")
# step: at.slider[0].set_value(2)
