"""Multipage page switch in real Chromium: click a nav link → the new page's content painted.

    .venv/bin/python bench/page_switch_bench.py [--switches 30]

The app is the e2e multipage app (tests/e2e/apps/multipage: st.navigation over two file
pages, a sidebar caption in the entrypoint). Measured in the page (performance.now(), ms):
click on the other page's sidebar link → that page's <h1> is in the DOM and the run has
finished (data-test-script-state="notRunning"), then one animation frame (painted). The
switches alternate Home ↔ Second page. Results print and go to bench/results/page_switch.json.
Nothing is asserted.
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
from support import APPS, CHROMIUM, CHROMIUM_ARGS, StaticServer, build_site  # noqa: E402

IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'

SWITCH = """
([index, heading]) => new Promise((resolve) => {
  const done = () => document.querySelector('%s') !== null &&
    [...document.querySelectorAll('h1')].some((h) => h.textContent.trim() === heading);
  const link = document.querySelectorAll('[data-testid="stSidebarNavLink"]')[index];
  const t0 = performance.now();
  const observer = new MutationObserver(() => {
    if (!done()) return;
    observer.disconnect();
    requestAnimationFrame(() => resolve(performance.now() - t0));
  });
  observer.observe(document.body, {subtree: true, childList: true, characterData: true, attributes: true});
  link.click();
})
""" % IDLE


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--switches", type=int, default=30)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        server = StaticServer(build_site(APPS / "multipage", Path(tmp) / "site"))
        samples: list[float] = []
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page()
            page.goto(server.url)
            page.wait_for_selector(f'{IDLE} h1', timeout=120_000)
            targets = [(1, "Second page"), (0, "Home page")]
            for _ in range(3):  # warm-up: both pages compiled once
                for index, heading in targets:
                    page.evaluate(SWITCH, [index, heading])
            for i in range(args.switches):
                samples.append(page.evaluate(SWITCH, list(targets[i % 2])))
            browser.close()
        server.close()
    result = {"switches": summary(samples), "samples_ms": samples}
    s = result["switches"]
    print(f"page switch (click → new page painted), n={s['n']}: median {s['median']:.1f} ms, "
          f"p95 {s['p95']:.1f} ms, min {s['min']:.1f}, max {s['max']:.1f}")
    out = BENCH / "results" / "page_switch.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
