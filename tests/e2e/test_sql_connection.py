"""The seed's st.connection example end to end: `build.py serve examples/sql_demo` (site +
SQL endpoint on one origin, SQLite) → Chromium → worker → sync XHR → endpoint → DataFrame."""

from __future__ import annotations

import socket
import subprocess
import sys
import time

import pytest
from support import REPO

pytestmark = pytest.mark.browser
DEMO = REPO / "examples" / "sql_demo"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def demo_url():
    port = _free_port()
    proc = subprocess.Popen([sys.executable, str(REPO / "build.py"), "serve", str(DEMO), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                break
        if proc.poll() is not None:
            pytest.fail(f"build.py serve exited: {proc.stdout.read()}")
        time.sleep(0.2)
    # the port opens before the first build ends: wait for the site itself
    import urllib.request

    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/wasmlit/manifest.json", timeout=2)
            break
        except OSError:
            time.sleep(0.3)
    yield f"http://127.0.0.1:{port}/"
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()


def test_seed_connection_query_dataframe(demo_url, new_tab):
    tab = new_tab().open(demo_url)
    page = tab.page
    page.wait_for_selector('[data-testid="stDataFrame"][data-rows="6"]')
    assert page.locator('[data-testid="stException"]').count() == 0
    # the parameterised query (selectbox default "setosa") gave one row
    page.wait_for_selector('[data-testid="stDataFrame"][data-rows="1"]')
    headers = page.locator('[data-testid="stDataFrameColumnHeader"]').all_inner_texts()
    assert any("species" in h for h in headers) and any("petal_length" in h for h in headers)
    endpoint_calls = [u for u in tab.requests if "/__wasmlit/endpoint/v1/query" in u]
    assert len(endpoint_calls) == 2  # the worker's sync XHRs, one per query
    assert tab.external_requests == []
    assert not any(u.endswith(("secrets.toml", "demo.db")) for u in tab.requests)
    # a reload answers from the persisted query cache (st.cache_data): no new endpoint call
    n = len([u for u in tab.requests if "/__wasmlit/endpoint/v1/query" in u])
    tab.page.reload()
    tab.wait_idle()
    page.wait_for_selector('[data-testid="stDataFrame"][data-rows="6"]')
    assert len([u for u in tab.requests if "/__wasmlit/endpoint/v1/query" in u]) == n
