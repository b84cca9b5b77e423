import streamlit as st

st.title("Mortgage calculator")
c1, c2 = st.columns(2)
home_value = c1.number_input("Home value", min_value=0, value=500000)
deposit = c1.number_input("Deposit", min_value=0, value=100000)
rate = c2.number_input("Interest rate (%)", min_value=0.0, value=5.5)
years = c2.number_input("Term (years)", min_value=1, value=30)
loan = home_value - deposit
monthly_rate = rate / 100 / 12
n = years * 12
payment = loan * monthly_rate * (1 + monthly_rate) ** n / ((1 + monthly_rate) ** n - 1) if monthly_rate else loan / n
st.metric("Monthly payment", f"${payment:,.2f}")
st.metric("Total interest", f"${payment * n - loan:,.0f}")
# step: at.number_input[2].set_value(3.0)
