import streamlit as st

st.title("Cart")
if not st.session_state.cart:
    st.info("Empty")
for product, price in st.session_state.cart:
    st.write(product, price)
st.metric("Total", sum(p for _, p in st.session_state.cart))
