import numpy as np
import pandas as pd
import streamlit as st

st.title("Ticker")
ticker = st.selectbox("Ticker", ["AAA", "BBB", "CCC"])
days = st.slider("Days", 10, 100, 30)
seed = sum(map(ord, ticker))
prices = pd.DataFrame({"price": 100 + np.random.default_rng(seed).normal(0, 1, days).cumsum().round(2)})
last, first = prices["price"].iloc[-1], prices["price"].iloc[0]
st.metric(ticker, f"{last:.2f}", f"{last - first:+.2f}")
st.line_chart(prices)
with st.expander("Prices"):
    st.dataframe(prices.tail(5))
# step: at.selectbox[0].select("BBB")
# step: at.slider[0].set_value(15)
