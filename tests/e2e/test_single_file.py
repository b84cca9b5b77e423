"""`build.py build --single-file`: ONE index.html that boots from disk (file://), offline."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from charts_support import wait_drawn
from support import APPS, BOOT_TIMEOUT_MS, REPO

COUNTER = REPO / "examples" / "counter"
LOCAL = ("file:", "data:", "blob:")
IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"] [data-testid="stElementContainer"]'


def build_single(app: Path, out: Path) -> Path:
    result = subprocess.run([sys.executable, str(REPO / "build.py"), "build", str(app), "--out", str(out),
                             "--single-file", "--no-prerender"], cwd=REPO, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, f"build failed:\n{result.stdout}\n{result.stderr}"
    assert [p.name for p in out.iterdir()] == ["index.html"]
    return out / "index.html"


class OfflineTab:
    """A page opened from a file; every request that is not file:/data:/blob: is recorded and aborted."""

    def __init__(self, browser, path: Path) -> None:  # type: ignore[no-untyped-def]
        self.context = browser.new_context()
        self.requests: list[str] = []
        self.blocked: list[str] = []
        self.errors: list[str] = []
        self.context.route("**/*", self._route)
        self.context.on("request", lambda r: self.requests.append(r.url))
        self.page = self.context.new_page()
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(path.as_uri())
        self.page.wait_for_selector(IDLE, timeout=BOOT_TIMEOUT_MS)

    def _route(self, r) -> None:  # type: ignore[no-untyped-def]
        if r.request.url.startswith(LOCAL):
            r.continue_()
        else:
            self.blocked.append(r.request.url)
            r.abort()

    def assert_offline(self, path: Path) -> None:
        # Only the file itself: the assets come from data: URLs decoded in the page, and the
        # worker answers its own https://embedded.invalid/ requests from memory.
        assert self.requests[0] == path.as_uri()
        assert self.blocked == []
        assert [u for u in self.requests if not u.startswith(LOCAL)] == [], self.requests


@pytest.fixture
def offline_tab(browser):  # type: ignore[no-untyped-def]
    tabs: list[OfflineTab] = []

    def make(path: Path) -> OfflineTab:
        tabs.append(OfflineTab(browser, path))
        return tabs[-1]

    yield make
    for t in tabs:
        t.context.close()


def test_counter_single_file_from_disk(offline_tab, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = build_single(COUNTER, tmp_path / "dist")
    tab = offline_tab(path)
    heading = tab.page.get_by_test_id("stHeading")
    assert heading.inner_text() == "This page has run 1 times."
    tab.page.get_by_role("button", name="Run it again").click()
    tab.page.get_by_text("This page has run 2 times.").wait_for()
    assert heading.inner_text() == "This page has run 2 times."
    tab.assert_offline(path)
    assert tab.errors == []


def test_charts_single_file_from_disk(offline_tab, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The chart bundle is embedded for a chart app and imported from a Blob URL."""
    path = build_single(APPS / "charts", tmp_path / "dist")
    tab = offline_tab(path)
    wait_drawn(tab.page, 5)
    tab.assert_offline(path)
    assert tab.errors == []


def test_undetected_chart_shows_a_clear_error(offline_tab, tmp_path) -> None:  # type: ignore[no-untyped-def]
    app = tmp_path / "hidden_chart.py"
    app.write_text('import streamlit as st\nst.text("before")\n'
                   'getattr(st, "vega" + "_lite" + "_chart")(spec={"data": {"values": [{"a": 1}]}, "mark": "point"})\n')
    path = build_single(app, tmp_path / "dist")
    tab = offline_tab(path)
    tab.page.get_by_text("charts are not included in this single-file build", exact=False).wait_for(timeout=10_000)
    tab.assert_offline(path)
