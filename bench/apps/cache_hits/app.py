"""bench/cache_browser.py: st.cache_data hit latency inside the browser (Pyodide).

The same three cases as bench/cache_bench.py. Every run times K hits per case with
time.perf_counter (mean per call: the worker's clock is coarse, ~0.1 ms, without
cross-origin isolation) and writes them as one JSON line the bench reads.
"""

import json
import time

import numpy as np
import pandas as pd
import streamlit as st

CASES = {"no_args": 2000, "df_arg": 20, "big_return": 5}  # hits per run


@st.cache_data(show_spinner=False)
def no_args():
    return 42


@st.cache_data(show_spinner=False)
def df_arg(frame):
    return len(frame)


@st.cache_data(show_spinner=False, max_size=None)
def big_return():
    return np.ones(100 * 1024 * 1024 // 8)


if "df" not in st.session_state:
    n = 1_000_000
    rng = np.random.default_rng(0)
    st.session_state.df = pd.DataFrame({"i": np.arange(n), "x": rng.random(n),
                                        "c": pd.Categorical(rng.choice(["a", "b", "c"], n))})
df = st.session_state.df
calls = {"no_args": no_args, "df_arg": lambda: df_arg(df), "big_return": big_return}

out = {}
for case, k in CASES.items():
    t0 = time.perf_counter()
    calls[case]()  # a miss on the first run of a fresh cache, a hit afterwards
    first_ms = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    for _ in range(k):
        calls[case]()
    out[case] = {"first_ms": first_ms, "hit_ms": (time.perf_counter() - t0) * 1000 / k, "k": k}
st.text("BENCH " + json.dumps(out))
st.button("Run again")
