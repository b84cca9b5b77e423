"""bench/cache_browser.py: boot cost of preloading persisted st.cache_data entries.

Persists size.txt MB of incompressible bytes in entries of at most 10 MB. The first
visit computes and writes them; every reload preloads them before the first run.
"""

import random
from pathlib import Path

import streamlit as st

SIZE_MB = int(Path("size.txt").read_text())
CHUNK_MB = min(SIZE_MB, 10) or 1


@st.cache_data(show_spinner=False)
def blob(i, mb):
    return random.Random(i).randbytes(mb * 1024 * 1024)


total = sum(len(blob(i, CHUNK_MB)) for i in range(SIZE_MB // CHUNK_MB)) if SIZE_MB else 0
st.text(f"persisted {total / 2**20:.0f} MB")
