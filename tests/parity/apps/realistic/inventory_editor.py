import pandas as pd
import streamlit as st

st.title("Inventory")


@st.cache_data
def initial():
    return pd.DataFrame({"item": ["bolt", "nut", "screw"], "qty": [100, 250, 75], "reorder": [False, False, True]})


edited = st.data_editor(initial(), num_rows="dynamic", hide_index=True, key="inv",
                        column_config={"qty": st.column_config.NumberColumn("Quantity", min_value=0)})
low = edited[edited["qty"] < 80]
st.metric("Items", len(edited))
if len(low):
    st.warning(f"Low stock: {', '.join(low['item'])}")
