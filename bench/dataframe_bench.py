"""st.dataframe in real Chromium: worker → first paint for 100k and 1M rows × 10 columns.

    .venv/bin/python bench/dataframe_bench.py [--runs 5] [--sizes 100k,1m]

For each size, a site built from bench/dataframe_apps/df<size> (pandas + numpy included) is
opened ``runs`` times, each in a new browser context. Measured in the page
(performance.now(), ms):
- ready → delta: the worker reported ready → the st.dataframe delta arrived in the page
  (script: build the DataFrame, encode it as typed columns, post + transfer);
- delta → first paint: decode + first grid rows in the DOM + the next animation frame;
- ready → first paint: the sum, what a user waits for once Python is up;
- encode+post: timed in Python around the st.dataframe call (the app shows it);
- bytes: the delta's column buffers + its JSON text.
Results print as a table and go to bench/results/dataframe.json. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent / "tests" / "e2e"))
sys.path.insert(0, str(BENCH))
from run import BOOT_MARKS, summary  # noqa: E402
from support import CHROMIUM, CHROMIUM_ARGS, StaticServer, build_site  # noqa: E402

SPY = """
(() => {
  window.__wl = { bytes: 0, delta: null, paint: null };
  const count = (e) => {
    const m = e.data;
    if (m && m.type === "delta" && m.node && m.node.type === "dataframe" && window.__wl.delta === null) {
      window.__wl.delta = performance.now();
      let n = 0;
      const t = m.node.props.data;
      for (const c of [...t.columns, ...t.index]) for (const k of ["data", "offsets", "validity"])
        if (c[k]) n += c[k].byteLength;
      window.__wl.bytes = n + JSON.stringify(m, (k, v) => (v instanceof Uint8Array ? 0 : v)).length;
      const obs = new MutationObserver(() => {
        if (document.querySelector('[data-testid="stDataFrame"] .wl-grid-row')) {
          obs.disconnect();
          requestAnimationFrame(() => { window.__wl.paint = performance.now(); });
        }
      });
      obs.observe(document.documentElement, { subtree: true, childList: true });
    }
  };
  const desc = Object.getOwnPropertyDescriptor(Worker.prototype, "onmessage");
  Object.defineProperty(Worker.prototype, "onmessage", {
    set(fn) { desc.set.call(this, (e) => { count(e); return fn(e); }); },
    get() { return desc.get.call(this); },
  });
})();
"""


def bench(p, work: Path, size: str, runs: int) -> dict[str, object]:  # type: ignore[no-untyped-def]
    site = build_site(BENCH / "dataframe_apps" / f"df{size}", work / f"site{size}")
    server = StaticServer(site)
    browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    to_delta, to_paint, total, encode, nbytes = [], [], [], [], []
    try:
        for _ in range(runs):
            context = browser.new_context()
            context.add_init_script(SPY)
            page = context.new_page()
            page.goto(server.url)
            page.wait_for_function("() => window.__wl && window.__wl.paint !== null", timeout=300_000, polling=20)
            page.wait_for_selector('[data-testid="stText"]', timeout=300_000)
            w = page.evaluate("() => window.__wl")
            marks = page.evaluate(BOOT_MARKS)
            text = page.get_by_test_id("stText").inner_text()
            encode.append(float(text.split()[1]))
            to_delta.append(w["delta"] - marks["ready"])
            to_paint.append(w["paint"] - w["delta"])
            total.append(w["paint"] - marks["ready"])
            nbytes.append(w["bytes"])
            context.close()
    finally:
        browser.close()
        server.close()
    return {"ready_to_delta_ms": summary(to_delta), "delta_to_paint_ms": summary(to_paint),
            "ready_to_paint_ms": summary(total), "encode_post_ms": summary(encode), "bytes": max(nbytes)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", default="100k,1m")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        for size in args.sizes.split(","):
            results[size] = bench(p, Path(tmp), size, args.runs)
    out = BENCH / "results" / "dataframe.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=2))
    print(f"| measure (ms) | rows | median | min–max | n |\n|---|---|---|---|---|")
    for size, r in results.items():
        for key, name in [("ready_to_delta_ms", "worker ready → delta in page"),
                          ("encode_post_ms", "st.dataframe call (encode + post), in Python"),
                          ("delta_to_paint_ms", "delta → first paint"),
                          ("ready_to_paint_ms", "worker ready → first paint")]:
            s = r[key]  # type: ignore[index]
            print(f"| {name} | {size} | {s['median']:.0f} | {s['min']:.0f}–{s['max']:.0f} | {s['n']} |")
    for size, r in results.items():
        print(f"{size}: delta {r['bytes']:,} bytes")  # type: ignore[index]


if __name__ == "__main__":
    main()
