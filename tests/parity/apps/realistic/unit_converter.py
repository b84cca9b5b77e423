import streamlit as st

st.header("Temperature converter")
c1, c2 = st.columns(2)
direction = c1.selectbox("Direction", ["C → F", "F → C"])
value = c2.number_input("Value", value=100.0)
result = value * 9 / 5 + 32 if direction == "C → F" else (value - 32) * 5 / 9
st.subheader(f"{result:.2f}")
# step: at.selectbox[0].select("F → C")
# step: at.number_input[0].set_value(212.0)
