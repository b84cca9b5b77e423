"""@st.fragment vs a full rerun in real Chromium: click → DOM updated, next to a 10,000-row st.dataframe.

    .venv/bin/python bench/fragment_bench.py [--clicks 30]

The app (bench/fragment_apps/fragment10k) draws a 10,000-row × 10-column st.dataframe, then a
fragment with a button and its run count, then a button outside and the full-run count (last,
so it changes only when a full run has re-sent everything above it). Measured in the page
(performance.now(), ms), ``clicks`` times each, alternating:
- click → text: the clicked part's count changed in the DOM;
- click → idle: the run finished (data-test-script-state="notRunning") and a frame was painted.
A fragment click reruns only the fragment (the dataframe is neither rebuilt nor re-sent); a
full click reruns the script, so the DataFrame is built, encoded, sent and patched again.
Results print as a table and go to bench/results/fragment.json. Nothing is asserted.
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
from run import summary  # noqa: E402
from support import CHROMIUM, CHROMIUM_ARGS, StaticServer, build_site  # noqa: E402

IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'

# Click the button labelled `label`; resolve [click → text changed, click → idle + a frame].
CLICK_AND_WAIT = """
([label, prefix]) => new Promise((resolve) => {
  const read = () => [...document.querySelectorAll('[data-testid="stMarkdown"]')]
    .map((e) => e.textContent).find((t) => t.startsWith(prefix));
  const idle = () => document.querySelector('%s') !== null;
  const before = read();
  let changed = null;
  const check = () => {
    if (changed === null && read() !== before) changed = performance.now() - t0;
    if (changed !== null && idle()) {
      requestAnimationFrame(() => resolve([changed, performance.now() - t0]));
      return true;
    }
    return false;
  };
  const observer = new MutationObserver(() => { if (check()) observer.disconnect(); });
  observer.observe(document.body, {subtree: true, childList: true, characterData: true, attributes: true});
  const button = [...document.querySelectorAll('[data-testid="stButton"] button')]
    .find((b) => b.textContent.trim() === label);
  const t0 = performance.now();
  button.click();
})
""" % IDLE


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clicks", type=int, default=30)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    samples: dict[str, list[list[float]]] = {"fragment": [], "full": []}
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        site = build_site(BENCH / "fragment_apps" / "fragment10k", Path(tmp) / "site")
        server = StaticServer(site)
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            page.goto(server.url)
            page.wait_for_selector('[data-testid="stDataFrame"] .wl-grid-row', timeout=300_000)
            page.wait_for_selector(IDLE, timeout=300_000)
            for _ in range(3):  # warm up both paths
                page.evaluate(CLICK_AND_WAIT, ["Fragment click", "fragment run"])
                page.evaluate(CLICK_AND_WAIT, ["Full click", "full run"])
            for _ in range(args.clicks):
                samples["fragment"].append(page.evaluate(CLICK_AND_WAIT, ["Fragment click", "fragment run"]))
                samples["full"].append(page.evaluate(CLICK_AND_WAIT, ["Full click", "full run"]))
        finally:
            browser.close()
            server.close()
    results = {kind: {"click_to_text_ms": summary([s[0] for s in runs]),
                      "click_to_idle_ms": summary([s[1] for s in runs])} for kind, runs in samples.items()}
    out = BENCH / "results" / "fragment.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=2))
    print("| rerun (10,000-row st.dataframe on the page) | measure (ms) | p50 | p95 | min–max | n |")
    print("|---|---|---|---|---|---|")
    for kind, name in (("fragment", "fragment button"), ("full", "full-app button")):
        for key, label in (("click_to_text_ms", "click → DOM updated"), ("click_to_idle_ms", "click → run done + frame")):
            s = results[kind][key]
            print(f"| {name} | {label} | {s['median']:.0f} | {s['p95']:.0f} | {s['min']:.0f}–{s['max']:.0f} | {s['n']} |")


if __name__ == "__main__":
    main()
