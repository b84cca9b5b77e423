import time

import numpy as np
import pandas as pd
import streamlit as st

N = 100_000
rng = np.random.default_rng(0)
df = pd.DataFrame({f"c{i}": rng.random(N) for i in range(9)})
df.insert(0, "id", np.arange(N))
t0 = time.perf_counter()
st.dataframe(df)
st.text(f"encode+post {1000 * (time.perf_counter() - t0):.1f} ms")
