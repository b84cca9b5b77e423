import streamlit as st

st.title("Shop")
for product, price in [("Apple", 1.0), ("Bread", 2.5)]:
    c1, c2 = st.columns([3, 1])
    c1.write(f"{product} — ${price}")
    if c2.button("Add", key=f"add_{product}"):
        st.session_state.cart.append((product, price))
        st.rerun()
