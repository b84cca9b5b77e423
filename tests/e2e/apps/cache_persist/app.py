"""st.cache_data persistence in the browser (tests/e2e/test_cache_persistence.py).

Every real execution of a cached function draws a fresh token, so the page shows
whether a value came from a run of the function or from the persisted cache.
"""

import time
import uuid

import streamlit as st


@st.cache_data
def token():
    tok = uuid.uuid4().hex[:12]
    st.write(f"computed token {tok}")  # replayed on a hit
    return tok


@st.cache_data
def other():
    return uuid.uuid4().hex[:12]


@st.cache_data(ttl=10)
def timed():
    return uuid.uuid4().hex[:12], time.time()


st.write(f"token: {token()}")
st.write(f"other: {other()}")
tok, created = timed()
st.write(f"ttl token: {tok}, age {time.time() - created:.1f} s")
if st.button("Clear all caches"):
    st.cache_data.clear()
    st.write("caches cleared")
