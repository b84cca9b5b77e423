"""st.cache_data in Chromium: hit latency, and the boot cost of preloading persisted entries.

    .venv/bin/python bench/cache_browser.py [--runs 7] [--reloads 5] [--sizes 0,1,50,200]

Hit latency (bench/apps/cache_hits): the three cases of bench/cache_bench.py's CPython
run — no arguments, a 1,000,000-row DataFrame argument, a 100 MB return value — timed
inside the worker with time.perf_counter. Each run (a rerun of the script) times k hits
per case and reports the mean per call (the worker's clock is ~0.1 ms coarse: no
cross-origin isolation); the table shows the median of the runs and their spread. Also:
the first call of each case after a page reload, i.e. a hit served from the entries
preloaded out of IndexedDB into a new worker.

Preload cost (bench/apps/cache_preload): for each size, an app persists that many MB of
incompressible bytes (entries of ≤ 10 MB) in a persistent Chromium profile (IndexedDB on
disk); then the page is reloaded --reloads times and the page's boot marks are read:
``wasmlit:cache`` (the worker awaits the preload; the IndexedDB read itself started right
after the manifest, overlapping Pyodide's load) → ``wasmlit:ready`` (Python has adopted the
records). The worker's own log line gives the IndexedDB read time. 0 MB is the baseline.

Results print as tables and are saved to bench/results/cache_browser.json. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent / "tests" / "e2e"))
from support import CHROMIUM, CHROMIUM_ARGS, REPO, StaticServer, build_site  # noqa: E402

IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"] [data-testid="stElementContainer"]:not(.wl-empty)'
BOOT_MARKS = """() => Object.fromEntries(performance.getEntriesByType("mark")
  .filter((m) => m.name.startsWith("wasmlit:")).map((m) => [m.name.slice(8), m.startTime]))"""
# Total payload bytes this origin holds in wasmlit's IndexedDB (0 when the DB does not exist).
STORED_BYTES = """async () => {
  const db = await new Promise((resolve) => {
    const req = indexedDB.open("wasmlit-cache");
    req.onupgradeneeded = () => req.transaction.abort();
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => resolve(null);
  });
  if (!db) return 0;
  const rows = await new Promise((resolve) => {
    const req = db.transaction("entries").objectStore("entries").getAll();
    req.onsuccess = () => resolve(req.result);
  });
  db.close();
  return rows.reduce((n, r) => n + JSON.parse(r.meta_json).size, 0);
}"""
READ_LOG = re.compile(r"read (\d+) cached entries \(([\d.]+) MiB\) from IndexedDB in (\d+) ms")


def spread(samples: list[float]) -> dict[str, float]:
    return {"n": len(samples), "median": statistics.median(samples), "min": min(samples), "max": max(samples)}


def wait_idle(page) -> None:  # type: ignore[no-untyped-def]
    page.wait_for_selector(IDLE, timeout=300_000)
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=300_000)


def wait_stored(page, at_least: int, timeout_s: float = 300) -> int:  # type: ignore[no-untyped-def]
    """The write-behind is asynchronous: wait until IndexedDB holds ``at_least`` payload bytes."""
    deadline = time.monotonic() + timeout_s
    while (stored := page.evaluate(STORED_BYTES)) < at_least:
        if time.monotonic() > deadline:
            raise SystemExit(f"IndexedDB holds {stored} bytes, expected ≥ {at_least}")
        time.sleep(0.2)
    return stored


def bench_text(page) -> dict:  # type: ignore[no-untyped-def, type-arg]
    text = page.get_by_text("BENCH ").inner_text()
    return json.loads(text.split("BENCH ", 1)[1])


def hit_latency(p, url: str, runs: int, reloads: int) -> dict:  # type: ignore[no-untyped-def, type-arg]
    browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    page = browser.new_context().new_page()
    page.goto(url)
    wait_idle(page)
    first = bench_text(page)
    per_run: dict[str, list[float]] = {case: [] for case in first}
    for i in range(runs):
        before = page.get_by_text("BENCH ").inner_text()
        page.get_by_role("button", name="Run again").click()
        page.wait_for_function("(b) => !document.body.innerText.includes(b)", arg=before, timeout=300_000)
        wait_idle(page)
        for case, r in bench_text(page).items():
            per_run[case].append(r["hit_ms"])
        print(f"hits run {i + 1}/{runs}: " + ", ".join(f"{c} {v[-1]:.4f} ms" for c, v in per_run.items()), flush=True)
    wait_stored(page, 100 * 2**20)
    after_reload: dict[str, list[float]] = {case: [] for case in first}
    for i in range(reloads):
        page.reload()
        wait_idle(page)
        for case, r in bench_text(page).items():
            after_reload[case].append(r["first_ms"])
        print(f"reload {i + 1}/{reloads}: first call " + ", ".join(f"{c} {v[-1]:.1f} ms" for c, v in after_reload.items()),
              flush=True)
    browser.close()
    return {case: {"miss_ms": first[case]["first_ms"], "hit_ms": spread(per_run[case]), "runs_ms": per_run[case],
                   "calls_per_run": first[case]["k"], "first_call_after_reload_ms": spread(after_reload[case])}
            for case in first}


def preload_cost(p, work: Path, sizes: list[int], reloads: int) -> dict:  # type: ignore[no-untyped-def, type-arg]
    root = work / "preload-sites"
    for size in sizes:
        app = work / f"preload_{size}mb"
        shutil.copytree(BENCH / "apps" / "cache_preload", app)
        (app / "size.txt").write_text(str(size))
        build_site(app, root / f"s{size}")
    server = StaticServer(root)
    out: dict[str, dict] = {}  # type: ignore[type-arg]
    try:
        for size in sizes:
            context = p.chromium.launch_persistent_context(str(work / f"profile-{size}"), executable_path=CHROMIUM,
                                                           args=CHROMIUM_ARGS)
            page = context.pages[0] if context.pages else context.new_page()
            logs: list[str] = []
            page.on("console", lambda m: logs.append(m.text))
            page.goto(f"{server.url}s{size}/")
            wait_idle(page)
            stored = wait_stored(page, size * 2**20)
            samples: dict[str, list[float]] = {"cache_to_ready": [], "nav_to_ready": [], "nav_to_first_run": [],
                                               "ready_to_first_run": [], "idb_read": []}
            for i in range(reloads):
                logs.clear()
                page.reload()
                wait_idle(page)
                marks = page.evaluate(BOOT_MARKS)
                samples["cache_to_ready"].append(marks["ready"] - marks["cache"])
                samples["nav_to_ready"].append(marks["ready"])
                samples["nav_to_first_run"].append(marks["first-run"])
                samples["ready_to_first_run"].append(marks["first-run"] - marks["ready"])
                read = [m for line in logs if (m := READ_LOG.search(line))]
                if read:
                    samples["idb_read"].append(float(read[-1].group(3)))
                print(f"preload {size} MB, reload {i + 1}/{reloads}: cache→ready "
                      f"{samples['cache_to_ready'][-1]:.0f} ms, nav→first run {samples['nav_to_first_run'][-1]:.0f} ms"
                      + (f", IndexedDB read {samples['idb_read'][-1]:.0f} ms" if read else ""), flush=True)
            context.close()
            out[str(size)] = {"stored_bytes": stored, **{k: spread(v) for k, v in samples.items() if v},
                              "samples": samples}
    finally:
        server.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7, help="reruns timing the hits")
    parser.add_argument("--reloads", type=int, default=5, help="reloads per preload size (and after the hit runs)")
    parser.add_argument("--sizes", default="0,1,50,200", help="MB persisted before the reloads")
    parser.add_argument("--skip-hits", action="store_true")
    parser.add_argument("--skip-preload", action="store_true")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]

    from playwright.sync_api import sync_playwright

    work = Path(tempfile.mkdtemp(prefix="wasmlit-cache-bench-"))
    results: dict[str, object] = {"date": time.strftime("%Y-%m-%d %H:%M"), "runs": args.runs, "reloads": args.reloads}
    try:
        with sync_playwright() as p:
            results["chromium"] = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS).version
            if not args.skip_hits:
                site = build_site(BENCH / "apps" / "cache_hits", work / "hits-site")
                server = StaticServer(site)
                try:
                    results["hits"] = hit_latency(p, server.url, args.runs, args.reloads)
                finally:
                    server.close()
            if not args.skip_preload:
                results["preload"] = preload_cost(p, work, sizes, args.reloads)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    out = BENCH / "results" / "cache_browser.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=2))

    def fmt(s: dict[str, float], digits: int = 1) -> str:
        return f"{s['median']:.{digits}f} [{s['min']:.{digits}f}–{s['max']:.{digits}f}]"

    if "hits" in results:
        print(f"\nst.cache_data in Chromium {results['chromium']} (ms; median [min–max])")
        print("| case | hit | miss (first run) | first call after a reload |\n|---|---|---|---|")
        for case, r in results["hits"].items():  # type: ignore[union-attr]
            print(f"| {case} | {fmt(r['hit_ms'], 4)} | {r['miss_ms']:.1f} | {fmt(r['first_call_after_reload_ms'])} |")
    if "preload" in results:
        print("\n| persisted | cache → ready | IndexedDB read (overlaps Pyodide) | navigation → first run |\n|---|---|---|---|")
        for size, r in results["preload"].items():  # type: ignore[union-attr]
            idb = fmt(r["idb_read"], 0) if "idb_read" in r else "–"
            print(f"| {size} MB | {fmt(r['cache_to_ready'], 0)} | {idb} | {fmt(r['nav_to_first_run'], 0)} |")
    print(f"saved {out.relative_to(REPO)}")


if __name__ == "__main__":
    main()
