"""Prerendered first paint (Chromium): the build's first run shows before Python is up, inert,
and the live run takes over in place (same DOM, no layout shift)."""

from __future__ import annotations

import pytest
from support import BOOT_TIMEOUT_MS, REPO

pytestmark = pytest.mark.browser

COUNTER = REPO / "examples" / "counter"
APP = '[data-testid="stApp"]'
# Sums layout shifts (Chromium's 'layout-shift' entries) from the very start of the page.
CLS_SCRIPT = """
window.__cls = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
}).observe({ type: "layout-shift", buffered: true });
"""


def test_prerendered_counter_paints_before_the_worker_and_hands_over(serve_app, new_tab):
    url = serve_app(COUNTER, prerender=True)
    tab = new_tab()
    held = []  # the runtime's wasm waits until the prerendered page has been checked
    tab.context.route("**/pyodide.asm.wasm", lambda route: held.append(route))
    tab.page.add_init_script(CLS_SCRIPT)
    page = tab.page
    page.goto(url)

    heading = page.wait_for_selector("text=This page has run 1 times.", timeout=10_000)
    assert page.get_attribute(APP, "data-test-script-state") == "notRunning"
    assert page.evaluate(f"document.querySelector('{APP}').inert") is True
    assert page.is_visible('[data-testid="wlPrerenderMark"]')
    button = page.query_selector('[data-testid="stButton"] button')
    assert button is not None
    # Inert: the button can be neither focused nor clicked into a run.
    assert page.evaluate("(b) => { b.focus(); return document.activeElement === b; }", button) is False
    page.wait_for_function("() => performance.getEntriesByName('wasmlit:prerender-painted').length > 0")
    assert page.locator('[data-testid="wlBoot"]').count() == 0  # no boot screen over the prerender

    for _ in range(100):  # the worker asks for the wasm once Pyodide starts loading
        if held:
            break
        page.wait_for_timeout(100)
    assert held, "the worker never requested pyodide.asm.wasm"
    assert page.get_by_text("This page has run 1 times.").count() == 1  # still the prerender
    for route in held:
        route.continue_()

    page.wait_for_function(f"() => !document.querySelector('{APP}').inert", timeout=BOOT_TIMEOUT_MS)
    tab.wait_idle()
    assert page.locator('[data-testid="wlPrerenderMark"]').count() == 0
    assert page.get_by_text("This page has run 1 times.").count() == 1
    assert page.locator('[data-testid="stButton"]').count() == 1
    assert page.locator('[data-testid="stHeading"]').count() == 1
    # The live run patched the prerendered slots: the very same DOM nodes are still there.
    assert heading.evaluate("(e) => e.isConnected") and button.evaluate("(e) => e.isConnected")
    cls = page.evaluate("window.__cls")
    assert cls < 0.01, f"layout shift between prerender and live run: {cls}"

    page.click('[data-testid="stButton"] button')
    page.wait_for_selector("text=This page has run 2 times.", timeout=BOOT_TIMEOUT_MS)
    assert tab.external_requests == []
