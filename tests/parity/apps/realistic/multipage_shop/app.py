import streamlit as st

st.session_state.setdefault("cart", [])
pg = st.navigation([st.Page("shop.py", title="Shop", icon="🛒"), st.Page("cart.py", title="Cart")])
st.sidebar.write(f"Cart: {len(st.session_state.cart)} items")
pg.run()
# step: at.button[0].click()
# step: at.button[1].click()
# step: at.switch_page("cart.py")
