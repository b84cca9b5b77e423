"""st.cache_data hit latency: wasmlit on CPython vs real Streamlit 1.67 on CPython.

    .venv/bin/python bench/cache_bench.py [--runs 7] [--streamlit-python /tmp/st167/bin/python]

Cases (each function is decorated with ``cache_data`` and called once to fill the cache):
- ``no_args``: ``f()`` returning a small int;
- ``df_arg``: ``f(df)`` with a 1,000,000-row DataFrame (int64, float64, category): a hit
  hashes the argument (both sample 10,000 rows, Streamlit 1.67's rule);
- ``big_return``: ``f()`` returning a 100 MB numpy array: a hit unpickles a fresh copy.

Both run in bare mode (no script run), each in its own process: wasmlit with the project's
interpreter over a ``PreloadedStore`` (the browser's store, a dict in memory), Streamlit
with the interpreter of a separate venv (``pip install streamlit==1.67.0``; never the
project venv). Each run times ``k`` calls and keeps their median; the table shows the
median of the runs and their spread (min–max). Saved to bench/results/cache_bench.json.
The in-browser (Chromium) figures and the preload boot cost are not measured here yet.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
CASES = {"no_args": 2000, "df_arg": 20, "big_return": 5}  # calls per run


def _decorator(impl: str):
    if impl == "wasmlit":
        sys.path.insert(0, str(REPO / "runtime_py"))
        from wasmlit._caching import cache_data, configure
        from wasmlit._caching.storage import PreloadedStore

        configure(PreloadedStore("bench", [], budget_bytes=1024**3))
        return cache_data
    logging.disable(logging.WARNING)  # "No runtime found, using MemoryCacheStorageManager"
    import streamlit as st

    return st.cache_data


def measure(impl: str, runs: int) -> dict:
    import numpy as np
    import pandas as pd

    cache_data = _decorator(impl)
    rng = np.random.default_rng(0)
    n = 1_000_000
    df = pd.DataFrame({"i": np.arange(n), "x": rng.random(n),
                       "c": pd.Categorical(rng.choice(["a", "b", "c"], n))})

    @cache_data
    def no_args():
        return 42

    @cache_data
    def df_arg(frame):
        return len(frame)

    @cache_data(max_size=None)
    def big_return():
        return np.ones(100 * 1024 * 1024 // 8)

    calls = {"no_args": lambda: no_args(), "df_arg": lambda: df_arg(df), "big_return": lambda: big_return()}
    out: dict = {}
    for case, k in CASES.items():
        t0 = time.perf_counter()
        calls[case]()  # the miss
        miss_ms = (time.perf_counter() - t0) * 1000
        per_run = []
        for _ in range(runs):
            samples = []
            for _ in range(k):
                t0 = time.perf_counter()
                calls[case]()
                samples.append((time.perf_counter() - t0) * 1000)
            per_run.append(statistics.median(samples))
        out[case] = {"miss_ms": miss_ms, "runs_ms": per_run, "median_ms": statistics.median(per_run),
                     "min_ms": min(per_run), "max_ms": max(per_run), "calls_per_run": k}
    if impl == "streamlit":
        import streamlit

        out["version"] = streamlit.__version__
    else:
        import wasmlit

        out["version"] = wasmlit.__version__
    return out


def _child(python: str, impl: str, runs: int) -> dict:
    proc = subprocess.run([python, __file__, "--impl", impl, "--runs", str(runs)],
                          capture_output=True, text=True, cwd=REPO, env={**os.environ, "PYTHONWARNINGS": "ignore"})
    if proc.returncode != 0:
        raise SystemExit(f"{impl} benchmark failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--impl", choices=["wasmlit", "streamlit"], help=argparse.SUPPRESS)
    parser.add_argument("--streamlit-python", default="/tmp/st167/bin/python")
    args = parser.parse_args()
    if args.impl:
        print(json.dumps(measure(args.impl, args.runs)))
        return
    results = {"wasmlit": _child(sys.executable, "wasmlit", args.runs),
               "streamlit": _child(args.streamlit_python, "streamlit", args.runs)}
    rows = []
    print(f"st.cache_data hit latency, CPython {platform.python_version()}, {args.runs} runs "
          f"(median of runs, [min–max]); streamlit {results['streamlit']['version']}")
    print(f"{'case':<12} {'wasmlit ms':>24} {'streamlit ms':>24} {'ratio':>7}   miss ms (w / s)")
    for case in CASES:
        w, s = results["wasmlit"][case], results["streamlit"][case]
        ratio = w["median_ms"] / s["median_ms"]
        rows.append({"case": case, "ratio": ratio})
        fmt = lambda r: f"{r['median_ms']:.4f} [{r['min_ms']:.4f}–{r['max_ms']:.4f}]"
        print(f"{case:<12} {fmt(w):>24} {fmt(s):>24} {ratio:>7.2f}   {w['miss_ms']:.1f} / {s['miss_ms']:.1f}")
    (BENCH / "results").mkdir(exist_ok=True)
    path = BENCH / "results" / "cache_bench.json"
    path.write_text(json.dumps({"date": time.strftime("%Y-%m-%dT%H:%M:%S"), "runs": args.runs,
                                "machine": platform.platform(), "python": platform.python_version(),
                                "ratios": rows, "results": results}, indent=2))
    print(f"saved {path.relative_to(REPO)}")


if __name__ == "__main__":
    main()
