import streamlit as st

st.title("Recipe scaler")
BASE = {"flour (g)": 200, "sugar (g)": 100, "eggs": 2, "milk (ml)": 250}
servings = st.number_input("Servings", 1, 20, 4)
factor = servings / 4
for item, qty in BASE.items():
    st.write(f"- {item}: {qty * factor:g}")
if servings > 10:
    st.info("That's a lot of pancakes!")
# step: at.number_input[0].set_value(12)
