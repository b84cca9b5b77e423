"""Stop a runaway script and survive a dead worker (Chromium): plain static host and isolated."""

from __future__ import annotations

import functools
import http.server
import threading
import time

import pytest
from support import APPS, QuietHandler, build_site

APP = APPS / "stop_crash.py"
NOTICE = "wlLifecycleNotice"


class IsolatingHandler(QuietHandler):
    """COOP/COEP: crossOriginIsolated, so SharedArrayBuffer and Pyodide's interrupt buffer work."""

    def end_headers(self) -> None:
        self.send_header("Cross-Origin-Opener-Policy", "same-origin")
        self.send_header("Cross-Origin-Embedder-Policy", "require-corp")
        super().end_headers()


@pytest.fixture(scope="module")
def isolated_url(tmp_path_factory):  # type: ignore[no-untyped-def]
    site = build_site(APP, tmp_path_factory.mktemp("iso") / "dist")
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(IsolatingHandler, directory=str(site)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()


def count_to_two(tab) -> None:  # type: ignore[no-untyped-def]
    for n in (1, 2):
        tab.page.get_by_role("button", name="Add").click()
        tab.page.get_by_text(f"count: {n}", exact=True).wait_for()
        tab.wait_idle()


def spin_then_stop(tab) -> float:  # type: ignore[no-untyped-def]
    page = tab.page
    page.get_by_role("button", name="Spin").click()
    stop = page.get_by_role("button", name="Stop")
    stop.wait_for()
    page.wait_for_timeout(300)
    assert page.get_by_test_id("stApp").get_attribute("data-test-script-state") == "running"
    started = time.monotonic()
    stop.click()
    tab.wait_idle()
    return time.monotonic() - started


def still_interactive(tab) -> None:  # type: ignore[no-untyped-def]
    tab.page.get_by_text("count: 2", exact=True).wait_for()  # session_state survived
    tab.page.get_by_role("button", name="Add").click()
    tab.page.get_by_text("count: 3", exact=True).wait_for()
    tab.wait_idle()


def test_stop_a_busy_loop_on_a_plain_host(serve_app, new_tab) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab().open(serve_app(APP))
    assert tab.page.evaluate("crossOriginIsolated") is False
    count_to_two(tab)
    assert tab.page.get_by_role("button", name="Stop").count() == 0  # nothing runs
    took = spin_then_stop(tab)
    print(f"plain host: Stop → app idle again in {took:.2f} s (worker respawned)")
    assert "The script was stopped" in tab.page.get_by_test_id(NOTICE).inner_text()
    still_interactive(tab)


def test_stop_interrupts_in_place_when_isolated(isolated_url, new_tab) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab().open(isolated_url)
    assert tab.page.evaluate("crossOriginIsolated") is True
    count_to_two(tab)
    took = spin_then_stop(tab)
    print(f"isolated: Stop → app idle again in {took:.2f} s (KeyboardInterrupt)")
    assert tab.page.get_by_test_id(NOTICE).count() == 0  # the same worker went on
    still_interactive(tab)


def test_sleep_waits_without_spinning_when_isolated(isolated_url, new_tab) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab().open(isolated_url)
    tab.page.get_by_role("button", name="Sleep").click()
    line = tab.page.get_by_text("slept, cpu:")
    line.wait_for(timeout=20_000)
    cpu = float(line.inner_text().split(":")[1])
    assert cpu < 1.0, f"time.sleep(3) used {cpu} s of CPU"


def test_a_closed_worker_is_replaced_with_its_state(serve_app, new_tab) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab().open(serve_app(APP))
    count_to_two(tab)
    started = time.monotonic()
    tab.page.get_by_role("button", name="Crash").click()
    tab.page.get_by_test_id(NOTICE).wait_for()
    assert "crashed" in tab.page.get_by_test_id(NOTICE).inner_text()
    tab.wait_idle()
    print(f"crash → app idle again in {time.monotonic() - started:.2f} s")
    still_interactive(tab)
