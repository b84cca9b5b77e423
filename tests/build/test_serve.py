"""Dev server: cache headers, reload events, no Nagle delay."""

from __future__ import annotations

import asyncio
import http.client
import json
import statistics
import threading
import time

import pytest
from starlette.testclient import TestClient

from wasmlit.build.serve import EVENTS_PATH, DevServer, bind
from wasmlit.build.site import Site


@pytest.fixture
def dev(tmp_path, assets, stub_web):
    app = tmp_path / "app"
    app.mkdir()
    (app / "app.py").write_text("import streamlit as st\nst.write(1)\n")
    site = Site(app, tmp_path / "site", assets=assets, web_dist=stub_web, dev_events=EVENTS_PATH)
    site.build()
    logs: list[str] = []
    return DevServer(site, logs.append), app, logs


def test_cache_headers(dev):
    server, _app, _ = dev
    with TestClient(server.asgi()) as client:
        m = client.get("/wasmlit/manifest.json")
        assert m.status_code == 200 and m.headers["cache-control"] == "no-cache"
        assert m.json()["dev_events"] == EVENTS_PATH
        assert client.get("/").headers["cache-control"] == "no-cache"
        assert client.get("/wasmlit/app.zip").headers["cache-control"] == "no-cache"
        assert "immutable" in client.get("/pyodide/pyodide.js").headers["cache-control"]
        assert client.get("/pyodide/pyodide-lock.json").headers["cache-control"] == "no-cache"


def test_change_rebuilds_app_zip_and_publishes_reload(dev):
    server, app, logs = dev
    before = server.site.manifest()["app_archive"]

    async def scenario():
        q: asyncio.Queue = asyncio.Queue()
        server.hub.queues.add(q)
        assert await server.check_once() is False
        (app / "app.py").write_text("import streamlit as st\nst.write(2)\n")
        (app / "data.csv").write_text("a\n1\n")
        assert await server.check_once() is True
        return q.get_nowait()

    msg = asyncio.run(scenario())
    assert msg.startswith("event: reload\ndata: ")
    data = json.loads(msg.split("data: ", 1)[1])
    assert data["app_archive"] != before and data["packages_changed"] is False
    manifest = json.loads((server.site.out / "wasmlit/manifest.json").read_text())
    assert manifest["app_archive"] == data["app_archive"]
    assert "reload sent to 1 page(s)" in logs[-1]


def test_new_import_marks_packages_changed(dev):
    server, app, _ = dev

    async def scenario():
        q: asyncio.Queue = asyncio.Queue()
        server.hub.queues.add(q)
        (app / "app.py").write_text("import sqlite3\n")
        await server.check_once()
        return json.loads(q.get_nowait().split("data: ", 1)[1])

    assert asyncio.run(scenario())["packages_changed"] is True
    lock = json.loads((server.site.out / "pyodide/pyodide-lock.json").read_text())
    assert list(lock["packages"]) == ["sqlite3"]


def test_bad_change_publishes_build_error(dev):
    server, app, _ = dev

    async def scenario():
        q: asyncio.Queue = asyncio.Queue()
        server.hub.queues.add(q)
        (app / "requirements.txt").write_text("nopenope-package\n")
        await server.check_once()
        return q.get_nowait()

    msg = asyncio.run(scenario())
    assert msg.startswith("event: build-error") and "nopenope-package" in msg


def test_keepalive_requests_are_not_delayed_by_nagle(dev):
    """Sequential keep-alive requests must take ~1 ms, not the ~40 ms of Nagle + delayed ACK."""
    import uvicorn

    server, _app, _ = dev
    sock = bind("127.0.0.1", 0)
    port = sock.getsockname()[1]
    uv = uvicorn.Server(uvicorn.Config(server.asgi(), log_level="warning", lifespan="on"))
    t = threading.Thread(target=uv.run, kwargs={"sockets": [sock]}, daemon=True)
    t.start()
    try:
        for _ in range(100):
            if uv.started:
                break
            time.sleep(0.05)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        times = []
        for _ in range(30):
            t0 = time.perf_counter()
            conn.request("GET", "/wasmlit/manifest.json")
            resp = conn.getresponse()
            resp.read()
            times.append(time.perf_counter() - t0)
            assert resp.status == 200
        conn.close()
        assert statistics.median(times) < 0.02, times
    finally:
        uv.should_exit = True
        t.join(5)
        sock.close()
