import streamlit as st

tab1, tab2 = st.tabs(["📈 Chart", "🗃 Data"])
data = {"a": [1, 2, 3]}
tab1.subheader("A tab with a chart")
tab1.line_chart(data)
tab2.subheader("A tab with the data")
tab2.write(data)
