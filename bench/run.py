"""Start-up, rerun and size benchmarks of the counter app in real Chromium.

    .venv/bin/python bench/run.py [--runs 7] [--clicks 60] [--app examples/counter] [--single-file]

Measures, against a site built by build.py and served by a plain static server:
- cold start: a new browser profile (empty HTTP cache) → navigation → first element visible;
- warm start: the same profile, navigating again (HTTP cache and V8 code cache warm);
- rerun latency: click → the DOM shows the new run's text, measured inside the page;
- bytes transferred on a cold start (what went over the wire; the server does not compress)
  and the gzip -6 size of the same files (what a CDN with compression would send).
With --single-file the app is built as one index.html and opened from file:// instead.
Results print as a table and are saved to bench/results/<app>[-single-file].json. Nothing is asserted.
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
from support import CHROMIUM, CHROMIUM_ARGS, REPO, StaticServer, build_site  # noqa: E402

FIRST_ELEMENT = '[data-testid="stApp"] [data-testid="stElementContainer"]'
IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'

# Clicks the first button and resolves when the first heading's text changed.
CLICK_AND_WAIT = """
() => new Promise((resolve) => {
  const read = () => document.querySelector('[data-testid="stHeading"]')?.textContent;
  const before = read();
  const observer = new MutationObserver(() => {
    if (read() !== before) { observer.disconnect(); resolve(performance.now() - t0); }
  });
  observer.observe(document.body, {subtree: true, childList: true, characterData: true});
  const t0 = performance.now();
  document.querySelector('[data-testid="stButton"] button').click();
})
"""


def summary(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    def pct(p: float) -> float:
        return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]
    return {"n": len(ordered), "median": statistics.median(ordered), "min": ordered[0], "max": ordered[-1],
            "p95": pct(95), "stdev": statistics.pstdev(ordered)}


BOOT_MARKS = """() => Object.fromEntries(performance.getEntriesByType("mark")
  .filter((m) => m.name.startsWith("wasmlit:")).map((m) => [m.name.slice(8), m.startTime]))"""


def time_to_first_element(page, url: str, marks: list[dict[str, float]] | None = None) -> float:  # type: ignore[no-untyped-def]
    """Navigation → first element visible (ms); the page's boot marks go to ``marks``."""
    start = time.perf_counter()
    page.goto(url)
    page.wait_for_selector(FIRST_ELEMENT, timeout=120_000)
    elapsed = (time.perf_counter() - start) * 1000
    page.wait_for_selector(IDLE, timeout=120_000)
    if marks is not None:
        marks.append(page.evaluate(BOOT_MARKS))
    return elapsed


def marks_summary(marks: list[dict[str, float]]) -> dict[str, float]:
    """Median time since navigation start at which each boot stage began."""
    names = sorted({n for m in marks for n in m}, key=lambda n: statistics.median(m.get(n, 0) for m in marks))
    return {n: statistics.median(m[n] for m in marks if n in m) for n in names}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--app", default=str(REPO / "examples" / "counter"))
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--clicks", type=int, default=60)
    parser.add_argument("--single-file", action="store_true", help="build one index.html and open it from file://")
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    app = Path(args.app).resolve()
    work = Path(tempfile.mkdtemp(prefix="wasmlit-bench-"))
    if args.single_file:
        site = build_site(app, work / "site", "--single-file")
        url, server = (site / "index.html").as_uri(), None
    else:
        site = build_site(app, work / "site")
        server = StaticServer(site)
        url = server.url
    results: dict[str, object] = {"app": app.name, "date": time.strftime("%Y-%m-%d %H:%M")}
    with sync_playwright() as p:
        cold, warm, transferred = [], [], []
        cold_marks: list[dict[str, float]] = []
        warm_marks: list[dict[str, float]] = []
        for i in range(args.runs):
            context = p.chromium.launch_persistent_context(str(work / f"profile-{i}"), executable_path=CHROMIUM,
                                                           args=CHROMIUM_ARGS)
            page = context.new_page()
            sizes: dict[str, int] = {}
            page.on("requestfinished", lambda r: sizes.__setitem__(r.url, r.sizes()["responseBodySize"]))
            cold.append(time_to_first_element(page, url, cold_marks))
            transferred.append(sum(sizes.values()))
            requested = sorted(sizes)
            page.close()
            page = context.new_page()
            warm.append(time_to_first_element(page, url, warm_marks))
            page.close()
            context.close()
            print(f"run {i + 1}/{args.runs}: cold {cold[-1]:.0f} ms, warm {warm[-1]:.0f} ms", flush=True)

        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page()
        time_to_first_element(page, url)
        reruns = []
        for _ in range(args.clicks):
            reruns.append(page.evaluate(CLICK_AND_WAIT))
            page.wait_for_selector(IDLE)
        browser.close()
    if server is not None:
        server.close()

    files = [site / ("index.html" if args.single_file else urlparse(u).path.lstrip("/")) for u in requested]
    files = sorted({f if f.is_file() else f / "index.html" for f in files})
    raw = sum(f.stat().st_size for f in files)
    gz = sum(len(gzip.compress(f.read_bytes(), 6)) for f in files)
    results.update(cold_start_ms=summary(cold), warm_start_ms=summary(warm), rerun_ms=summary(reruns),
                   boot_stages_cold_ms=marks_summary(cold_marks), boot_stages_warm_ms=marks_summary(warm_marks),
                   bytes_over_wire_cold=statistics.median(transferred), bytes_raw=raw, bytes_gzip=gz,
                   files=[str(f.relative_to(site)) for f in files])
    out = BENCH / "results" / f"{app.name}{'-single-file' if args.single_file else ''}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=2))

    def row(name: str, s: dict[str, float]) -> str:
        return f"| {name} | {s['median']:.0f} | {s['min']:.0f}–{s['max']:.0f} | {s['p95']:.0f} | {s['n']} |"
    print("\n| measure (ms) | median | min–max | p95 | n |\n|---|---|---|---|---|")
    print(row("cold start → first element", results["cold_start_ms"]))  # type: ignore[arg-type]
    print(row("warm start → first element", results["warm_start_ms"]))  # type: ignore[arg-type]
    print(row("rerun: click → DOM updated", results["rerun_ms"]))  # type: ignore[arg-type]
    for label in ("cold", "warm"):
        stages = results[f"boot_stages_{label}_ms"]
        print(f"boot stages ({label}, median ms since navigation): "
              + ", ".join(f"{n} {t:.0f}" for n, t in stages.items()))  # type: ignore[union-attr]
    print(f"\nbytes: {raw:,} raw, {gz:,} gzip -6 ({len(files)} files); over the wire (cold): "
          f"{results['bytes_over_wire_cold']:,.0f}\nsaved to {out.relative_to(REPO)}")


if __name__ == "__main__":
    main()
