import streamlit as st

st.title("SQL demo")
st.caption("st.connection → the SQL endpoint (SQLite here) → a DataFrame in your browser")

conn = st.connection("my_database")
df = conn.query("select * from my_table")
st.dataframe(df)

species = st.selectbox("Species", ["setosa", "versicolor", "virginica"])
subset = conn.query(
    "select species, avg(petal_length) as petal_length, count(*) as n from my_table "
    "where species = :species group by species",
    params={"species": species},
    ttl=600,
)
st.write(subset)
