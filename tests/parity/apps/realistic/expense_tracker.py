import datetime

import pandas as pd
import streamlit as st

st.title("💸 Expense tracker")
st.session_state.setdefault("rows", [])
with st.sidebar.form("expense"):
    day = st.date_input("Date", datetime.date(2024, 5, 1))
    cat = st.selectbox("Category", ["Food", "Rent", "Fun"])
    amount = st.number_input("Amount", 0.0, 10000.0, 10.0, step=5.0)
    if st.form_submit_button("Add expense"):
        st.session_state.rows.append({"date": day, "category": cat, "amount": amount})
df = pd.DataFrame(st.session_state.rows, columns=["date", "category", "amount"])
if df.empty:
    st.info("No expenses yet.")
else:
    st.dataframe(df, hide_index=True)
    st.bar_chart(df.groupby("category")["amount"].sum())
    st.metric("Total", f"{df['amount'].sum():.2f}")
# step: at.sidebar.form_submit_button[0].click()
# step: at.sidebar.selectbox[0].select("Fun"); at.sidebar.number_input[0].set_value(42.5); at.sidebar.form_submit_button[0].click()
