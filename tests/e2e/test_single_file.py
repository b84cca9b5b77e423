"""`build.py build --single-file`: ONE index.html that boots the counter from disk (file://), offline."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from support import BOOT_TIMEOUT_MS, REPO

COUNTER = REPO / "examples" / "counter"
LOCAL = ("file:", "data:", "blob:")


@pytest.fixture(scope="module")
def single_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("single") / "dist"
    result = subprocess.run([sys.executable, str(REPO / "build.py"), "build", str(COUNTER), "--out", str(out),
                             "--single-file"], cwd=REPO, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, f"build failed:\n{result.stdout}\n{result.stderr}"
    assert [p.name for p in out.iterdir()] == ["index.html"]
    return out / "index.html"


def test_counter_single_file_from_disk(browser, single_file: Path) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context()
    try:
        requests: list[str] = []
        blocked: list[str] = []
        errors: list[str] = []

        def route(r) -> None:  # type: ignore[no-untyped-def]
            if r.request.url.startswith(LOCAL):
                r.continue_()
            else:
                blocked.append(r.request.url)
                r.abort()

        context.route("**/*", route)
        context.on("request", lambda r: requests.append(r.url))
        page = context.new_page()
        page.on("console", lambda m: m.type == "error" and errors.append(m.text))
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(single_file.as_uri())

        ready = '[data-testid="stApp"][data-test-script-state="notRunning"] [data-testid="stHeading"]'
        page.wait_for_selector(ready, timeout=BOOT_TIMEOUT_MS)
        heading = page.get_by_test_id("stHeading")
        assert heading.inner_text() == "This page has run 1 times."
        page.get_by_role("button", name="Run it again").click()
        page.get_by_text("This page has run 2 times.").wait_for()
        assert heading.inner_text() == "This page has run 2 times."

        # Only the file itself: the assets come from data: URLs decoded in the page and the worker
        # answers its own https://embedded.invalid/ requests from memory.
        assert requests[0] == single_file.as_uri()
        assert blocked == []
        assert [u for u in requests if not u.startswith(LOCAL)] == [], requests
        assert errors == []
    finally:
        context.close()
