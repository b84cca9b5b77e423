import numpy as np
import pandas as pd
import streamlit as st

st.set_page_config(page_title="Sales dashboard", layout="wide")
st.title("📊 Sales dashboard")


@st.cache_data
def load_data():
    rng = np.random.default_rng(42)
    return pd.DataFrame({
        "region": rng.choice(["North", "South", "East", "West"], 200),
        "product": rng.choice(["A", "B", "C"], 200),
        "units": rng.integers(1, 50, 200),
        "price": rng.uniform(5, 20, 200).round(2),
    })


df = load_data()
df["revenue"] = (df["units"] * df["price"]).round(2)
with st.sidebar:
    st.header("Filters")
    regions = st.multiselect("Region", sorted(df["region"].unique()), default=sorted(df["region"].unique()))
    min_units = st.slider("Min units", 1, 50, 1)
view = df[df["region"].isin(regions) & (df["units"] >= min_units)]
c1, c2, c3 = st.columns(3)
c1.metric("Orders", len(view))
c2.metric("Units", int(view["units"].sum()))
c3.metric("Revenue", f"${view['revenue'].sum():,.0f}")
tab1, tab2 = st.tabs(["Chart", "Data"])
tab1.bar_chart(view.groupby("product")["revenue"].sum())
tab2.dataframe(view.head(20), hide_index=True)
# step: at.sidebar.slider[0].set_value(25)
# step: at.sidebar.multiselect[0].unselect("North")
