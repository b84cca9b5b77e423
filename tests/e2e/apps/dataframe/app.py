import pandas as pd
import streamlit as st

st.dataframe(pd.DataFrame({"n": [3, 1, 2], "s": ["c", "a", None], "f": [0.5, None, 2.25],
                           "ok": [True, False, True]}), key="sortme")
st.table(pd.DataFrame({"a": [1, 2]}, index=["x", "y"]))

df = pd.DataFrame({"item": ["apple", "pear", "fig"], "qty": [1, 2, 3], "price": [1.5, 2.0, 3.0]})
edited = st.data_editor(df, key="ed", disabled=["price"])
st.markdown(f"total={int(edited['qty'].sum())}")
st.markdown(f"items={','.join(edited['item'])}")

dyn = st.data_editor(pd.DataFrame({"name": ["a", "b"], "v": [1, 2]}), num_rows="dynamic", key="dyn")
st.markdown(f"dyn_rows={len(dyn)} dyn_sum={int(dyn['v'].fillna(0).sum())}")
