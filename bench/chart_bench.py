"""Chart benchmarks in real Chromium (nothing is asserted):

    .venv/bin/python bench/chart_bench.py [--runs 5]

1. ``st.scatter_chart`` of 100,000 points (bench/chart_apps/scatter100k): from the worker being
   ready (Python runtime imported) to the chart drawn, split into the script run (pandas/NumPy
   import, data, spec, column encoding — in Pyodide), the page's share (vega bundle import,
   decode 100k rows, Vega-Lite compile, canvas render), plus the bytes of the delta.
2. The seed's scatter app (examples/scatter): cold start (new profile) and warm start (same
   profile, second navigation) → chart drawn, and the bytes of the site it loads (raw and gzip -6).

Each run uses a fresh browser profile. Results print as tables and go to
bench/results/charts.json.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlparse

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent / "tests" / "e2e"))
sys.path.insert(0, str(BENCH))
from run import BOOT_MARKS, summary  # noqa: E402
from support import CHROMIUM, CHROMIUM_ARGS, REPO, StaticServer, build_site  # noqa: E402

CHART_DRAWN = """() => { const c = document.querySelector('[data-testid="stVegaLiteChart"]');
  return !!(c && c.wlChart && c.wlChart.renders >= 1); }"""
POINTS = """() => { const v = document.querySelector('[data-testid="stVegaLiteChart"]').wlChart.view;
  return v.data('wl_ds_0').length; }"""
# Bytes of the delta that carried the chart (JSON text + column buffers), seen from the page.
SPY = """
(() => {
  const orig = Worker.prototype.addEventListener;
  window.__wlDeltaBytes = 0;
  const count = (e) => {
    const m = e.data;
    if (m && m.type === "delta" && m.node && m.node.type === "vega_lite_chart") {
      let n = 0;
      for (const ds of m.node.props.datasets || []) for (const c of (ds.data && ds.data.columns) || [])
        for (const k of ["data", "offsets", "validity"]) if (c[k]) n += c[k].byteLength;
      window.__wlDeltaBytes += n + JSON.stringify(m, (k, v) => (v instanceof Uint8Array ? 0 : v)).length;
    }
  };
  const desc = Object.getOwnPropertyDescriptor(Worker.prototype, "onmessage");
  Object.defineProperty(Worker.prototype, "onmessage", {
    set(fn) { desc.set.call(this, (e) => { count(e); return fn(e); }); },
    get() { return desc.get.call(this); },
  });
})();
"""


def open_and_draw(page, url: str) -> tuple[float, dict[str, float]]:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    page.goto(url)
    page.wait_for_function(CHART_DRAWN, timeout=180_000, polling=50)
    elapsed = (time.perf_counter() - start) * 1000
    return elapsed, page.evaluate(BOOT_MARKS)


def site_bytes(site: Path, urls: list[str]) -> tuple[int, int, list[str]]:
    files = [site / urlparse(u).path.lstrip("/") for u in urls]
    files = [f if f.is_file() else f / "index.html" for f in files]
    files = [f for f in files if f.is_file()]
    raw = sum(f.stat().st_size for f in files)
    gz = sum(len(gzip.compress(f.read_bytes(), 6)) for f in files)
    return raw, gz, [str(f.relative_to(site)) for f in files]


def bench_100k(p, work: Path, runs: int) -> dict[str, object]:  # type: ignore[no-untyped-def]
    site = build_site(BENCH / "chart_apps" / "scatter100k", work / "site100k")
    server = StaticServer(site)
    ready_to_drawn, script, page_side, vega_import, delta_bytes = [], [], [], [], []
    points = 0
    try:
        for i in range(runs):
            context = p.chromium.launch_persistent_context(str(work / f"p100k-{i}"), executable_path=CHROMIUM,
                                                           args=CHROMIUM_ARGS)
            page = context.new_page()
            page.add_init_script(SPY)
            _, marks = open_and_draw(page, server.url)
            points = page.evaluate(POINTS)
            delta_bytes.append(page.evaluate("() => window.__wlDeltaBytes"))
            context.close()
            ready_to_drawn.append(marks["chart-drawn"] - marks["ready"])
            script.append(marks["first-run"] - marks["ready"])
            page_side.append(marks["chart-drawn"] - marks["chart-start"])
            vega_import.append(marks["vega-loaded"] - marks["chart-start"])
            print(f"100k run {i + 1}/{runs}: ready → drawn {ready_to_drawn[-1]:.0f} ms "
                  f"(script run {script[-1]:.0f}, page {page_side[-1]:.0f})", flush=True)
    finally:
        server.close()
    return {"points": points, "ready_to_drawn_ms": summary(ready_to_drawn), "script_run_ms": summary(script),
            "page_chart_ms": summary(page_side), "vega_import_ms": summary(vega_import),
            "delta_bytes": statistics.median(delta_bytes)}


def bench_seed(p, work: Path, runs: int) -> dict[str, object]:  # type: ignore[no-untyped-def]
    site = build_site(REPO / "examples" / "scatter", work / "site-seed")
    server = StaticServer(site)
    cold, warm, wire, cold_ready = [], [], [], []
    requested: list[str] = []
    try:
        for i in range(runs):
            context = p.chromium.launch_persistent_context(str(work / f"pseed-{i}"), executable_path=CHROMIUM,
                                                           args=CHROMIUM_ARGS)
            page = context.new_page()
            sizes: dict[str, int] = {}
            page.on("requestfinished", lambda r: sizes.__setitem__(r.url, r.sizes()["responseBodySize"]))
            t, marks = open_and_draw(page, server.url)
            cold.append(t)
            cold_ready.append(marks["ready"])
            wire.append(sum(sizes.values()))
            requested = sorted(sizes)
            page.close()
            page = context.new_page()
            warm.append(open_and_draw(page, server.url)[0])
            context.close()
            print(f"seed run {i + 1}/{runs}: cold {cold[-1]:.0f} ms, warm {warm[-1]:.0f} ms", flush=True)
    finally:
        server.close()
    raw, gz, files = site_bytes(site, requested)
    return {"cold_to_chart_ms": summary(cold), "warm_to_chart_ms": summary(warm),
            "cold_ready_ms": summary(cold_ready), "bytes_over_wire_cold": statistics.median(wire),
            "bytes_raw": raw, "bytes_gzip": gz, "files": files}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", choices=["100k", "seed"], default=None)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    work = Path(tempfile.mkdtemp(prefix="wasmlit-chart-bench-"))
    results: dict[str, object] = {"date": time.strftime("%Y-%m-%d %H:%M"), "runs": args.runs}
    with sync_playwright() as p:
        if args.only in (None, "100k"):
            results["scatter_100k"] = bench_100k(p, work, args.runs)
        if args.only in (None, "seed"):
            results["seed_scatter"] = bench_seed(p, work, args.runs)
    out = BENCH / "results" / "charts.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=2))

    def row(name: str, s: dict[str, float]) -> str:
        return (f"| {name} | {s['median']:.0f} | {s['min']:.0f}–{s['max']:.0f} | {s['stdev']:.0f} | {s['n']} |")
    print("\n| measure (ms) | median | min–max | stdev | n |\n|---|---|---|---|---|")
    if "scatter_100k" in results:
        r = results["scatter_100k"]
        assert isinstance(r, dict)
        print(row("100k scatter: worker ready → chart drawn", r["ready_to_drawn_ms"]))
        print(row("  of which: script run (Pyodide)", r["script_run_ms"]))
        print(row("  of which: page (import vega, decode, compile, draw)", r["page_chart_ms"]))
        print(row("  of which: import of wasmlit-vega.js", r["vega_import_ms"]))
    if "seed_scatter" in results:
        r = results["seed_scatter"]
        assert isinstance(r, dict)
        print(row("seed scatter: cold start → chart drawn", r["cold_to_chart_ms"]))
        print(row("seed scatter: warm start → chart drawn", r["warm_to_chart_ms"]))
        print(row("seed scatter: cold start → worker ready", r["cold_ready_ms"]))
    if "scatter_100k" in results:
        print(f"\n100k delta: {results['scatter_100k']['delta_bytes']:,.0f} bytes "  # type: ignore[index]
              f"({results['scatter_100k']['points']:,} points)")  # type: ignore[index]
    if "seed_scatter" in results:
        r = results["seed_scatter"]
        print(f"seed site: {r['bytes_raw']:,} raw, {r['bytes_gzip']:,} gzip -6 ({len(r['files'])} files); "  # type: ignore[index]
              f"over the wire (cold): {r['bytes_over_wire_cold']:,.0f}")  # type: ignore[index]
    print(f"saved to {out.relative_to(REPO)}")


if __name__ == "__main__":
    main()
