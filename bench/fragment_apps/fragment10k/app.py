import numpy as np
import pandas as pd
import streamlit as st

ss = st.session_state
ss.setdefault("full", 0)
ss.setdefault("frag", 0)
ss.full += 1

N = 10_000
rng = np.random.default_rng(0)
df = pd.DataFrame({f"c{i}": rng.random(N) for i in range(9)})
df.insert(0, "id", np.arange(N))
st.dataframe(df)


@st.fragment
def panel():
    ss.frag += 1
    st.button("Fragment click")
    st.markdown(f"fragment run {ss.frag}")


panel()
st.button("Full click")
st.markdown(f"full run {ss.full}")  # last: a full rerun has drawn everything when this changes
