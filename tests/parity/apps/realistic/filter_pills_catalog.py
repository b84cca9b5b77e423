import pandas as pd
import streamlit as st

st.title("Catalog")
items = pd.DataFrame({"name": ["Tee", "Hoodie", "Cap", "Socks"], "kind": ["top", "top", "hat", "feet"], "price": [15, 40, 12, 6]})
kinds = st.pills("Kinds", sorted(items["kind"].unique()), selection_mode="multi", default=["top"])
sort = st.segmented_control("Sort", ["price", "name"], default="price")
view = items[items["kind"].isin(kinds)].sort_values(sort or "name")
st.dataframe(view, hide_index=True)
# step: at.pills[0].select("hat")
# step: at.segmented_control[0].set_value("name")
