"""SQL endpoint benchmark (issue 5).

1. Round trip in Chromium: ``conn.query()`` in the worker → sync XHR → endpoint → database →
   JSON → DataFrame, for 1, 10k and 100k rows, per dialect (SQLite, PostgreSQL, MariaDB).
   Timed inside the worker around ``conn.query`` (cache bypassed with a distinct param).
2. Endpoint under load on loopback (uvicorn, one process): N keep-alive clients posting a
   1-row query for D seconds; requests/s, p50/p99 latency, errors (must be 0).

    .venv/bin/python bench/sql_bench.py [--repeats 5] [--clients 16] [--seconds 10]

Needs PostgreSQL and MariaDB on loopback (``make databases``) and web/dist. Results print
as a table and go to bench/results/sql_bench.json.
"""

from __future__ import annotations

import argparse
import http.client
import json
import socket
import statistics
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
import uuid
from pathlib import Path

import sqlalchemy as sa

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "e2e"))
SIZES = [1, 10_000, 100_000]
DIALECTS = ["sqlite", "postgresql", "mariadb"]
SQL = "select * from bench_rows where id <= :n and :r = :r order by id"
PING = "select id, name from bench_rows where id = :id"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def setup_databases(tmp: Path) -> tuple[dict[str, dict], callable]:
    subprocess.run(["bash", str(REPO / "tests" / "endpoint" / "start_databases.sh")], check=True)
    name = f"wlbench_{uuid.uuid4().hex[:8]}"
    pg = sa.create_engine("postgresql+psycopg://postgres@127.0.0.1:5432/test", isolation_level="AUTOCOMMIT")
    my = sa.create_engine("mysql+pymysql://root@127.0.0.1:3306/test")
    with pg.connect() as c:
        c.exec_driver_sql(f'CREATE DATABASE "{name}"')
    with my.connect() as c:
        c.exec_driver_sql(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4")
    sqlite_file = tmp / "bench.db"
    urls = {"sqlite": f"sqlite:///{sqlite_file}", "postgresql": f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}",
            "mariadb": f"mysql+pymysql://root@127.0.0.1:3306/{name}"}
    rows = [{"id": i, "name": f"name {i}", "amount": f"{i % 1000}.{i % 100:02d}", "ts": f"2024-01-01 {i % 24:02d}:00:00",
             "flag": i % 2 == 0, "x": i / 7, "note": None if i % 5 else "note"} for i in range(1, 100_001)]
    for d, url in urls.items():
        eng = sa.create_engine(url)
        with eng.begin() as c:
            c.exec_driver_sql("CREATE TABLE bench_rows (id INTEGER PRIMARY KEY, name VARCHAR(40), amount DECIMAL(12,2), "
                              "ts TIMESTAMP NULL, flag BOOLEAN, x DOUBLE PRECISION, note VARCHAR(10))")
            c.execute(sa.text("INSERT INTO bench_rows VALUES (:id, :name, :amount, :ts, :flag, :x, :note)"), rows)
        eng.dispose()

    def drop() -> None:
        with pg.connect() as c:
            c.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        with my.connect() as c:
            c.exec_driver_sql(f"DROP DATABASE IF EXISTS `{name}`")

    return urls, drop


def secrets_toml(urls: dict[str, str]) -> str:
    out = ["[wasmlit.endpoint]", "rate_limit_per_minute = 0", ""]
    for d, url in urls.items():
        out += [f"[connections.{d}]", 'type = "sql"', f'url = "{url}"', f"[connections.{d}.proxy]",
                "max_response_bytes = 67108864", "pool_size = 8", ""]
    return "\n".join(out)


def browser_round_trips(urls: dict[str, str], tmp: Path, repeats: int) -> dict:
    app = tmp / "app"
    (app / ".streamlit").mkdir(parents=True)
    (app / ".streamlit" / "secrets.toml").write_text(secrets_toml(urls))
    body = ["import json, time", "import streamlit as st", "out = {}"]
    for d in DIALECTS:  # literal names and a conn variable per dialect: the build finds the queries
        body += [f"conn = st.connection({d!r})", f"for n in {SIZES!r}:", "    times = []",
                 f"    for r in range({repeats} + 1):  # the first is a warm-up (imports, pool)",
                 "        t0 = time.perf_counter()",
                 f"        df = conn.query({SQL!r}, params={{'n': n, 'r': r}}, show_spinner=False)",
                 "        times.append((time.perf_counter() - t0) * 1000)", "        assert len(df) == n",
                 f"    out[f'{d}/{{n}}'] = times[1:]"]
    body += ["st.code(json.dumps(out), language=None)"]
    (app / "app.py").write_text("\n".join(body) + "\n")
    port = free_port()
    log = open(tmp / "serve.log", "w")
    proc = subprocess.Popen([sys.executable, str(REPO / "build.py"), "serve", str(app), "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT)
    try:
        import urllib.request

        deadline = time.monotonic() + 180
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/wasmlit/manifest.json", timeout=2)
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise RuntimeError("build.py serve failed: " + (tmp / "serve.log").read_text()[-2000:])
                time.sleep(0.3)
        from playwright.sync_api import sync_playwright
        from support import CHROMIUM, CHROMIUM_ARGS

        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page()
            page.goto(f"http://127.0.0.1:{port}/")
            page.wait_for_selector('[data-testid="stCode"], [data-testid="stException"]', timeout=600_000)
            if page.locator('[data-testid="stException"]').count():
                raise RuntimeError(page.locator('[data-testid="stException"]').inner_text())
            data = json.loads(page.locator('[data-testid="stCode"]').inner_text())
            browser.close()
    finally:
        proc.terminate()
        proc.wait(10)
    return data


def load_test(urls: dict[str, str], tmp: Path, clients: int, seconds: float) -> dict:
    app = tmp / "loadapp"
    (app / ".streamlit").mkdir(parents=True)
    (app / ".streamlit" / "secrets.toml").write_text(secrets_toml(urls))
    (app / "app.py").write_text("import streamlit as st\n" + "".join(
        f"st.connection({d!r}).query({PING!r}, params={{'id': 1}})\n" for d in DIALECTS))
    from wasmlit._connections.wire import query_id

    port = free_port()
    proc = subprocess.Popen([sys.executable, str(REPO / "build.py"), "endpoint", str(app), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    results = {}
    try:
        for _ in range(100):
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.1)
        for d in DIALECTS:
            lat: list[float] = []
            errors = [0]
            stop = time.monotonic() + seconds
            lock = threading.Lock()

            def worker(i: int) -> None:
                conn = http.client.HTTPConnection("127.0.0.1", port)
                mine = []
                n = 0
                while time.monotonic() < stop:
                    payload = json.dumps({"v": 1, "connection": d, "query_id": query_id(PING),
                                          "params": {"id": (i * 7919 + n) % 100_000 + 1}})
                    n += 1
                    t0 = time.perf_counter()
                    conn.request("POST", "/v1/query", payload, {"Content-Type": "application/json"})
                    resp = conn.getresponse()
                    resp.read()
                    mine.append(time.perf_counter() - t0)
                    if resp.status != 200:
                        with lock:
                            errors[0] += 1
                with lock:
                    lat.extend(mine)

            threads = [threading.Thread(target=worker, args=(i,)) for i in range(clients)]
            t0 = time.perf_counter()
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            wall = time.perf_counter() - t0
            lat.sort()
            results[d] = {"requests": len(lat), "rps": len(lat) / wall, "p50_ms": lat[len(lat) // 2] * 1000,
                          "p99_ms": lat[int(len(lat) * 0.99)] * 1000, "errors": errors[0]}
    finally:
        proc.terminate()
        proc.wait(10)
    return results


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--clients", type=int, default=16)
    ap.add_argument("--seconds", type=float, default=10)
    ap.add_argument("--skip-browser", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="wl-sqlbench-") as t:
        tmp = Path(t)
        urls, drop = setup_databases(tmp)
        try:
            rt = {} if args.skip_browser else browser_round_trips(urls, tmp, args.repeats)
            load = load_test(urls, tmp, args.clients, args.seconds)
        finally:
            drop()
    print(f"\nround trip in Chromium, ms: median [min–max] of {args.repeats}")
    print(f"{'dialect':<12}" + "".join(f"{n:>24,}" for n in SIZES))
    for d in DIALECTS:
        cells = []
        for n in SIZES:
            v = rt.get(f"{d}/{n}")
            cells.append(f"{statistics.median(v):>10.1f} [{min(v):.1f}–{max(v):.1f}]" if v else "-")
        print(f"{d:<12}" + "".join(f"{c:>24}" for c in cells))
    print(f"\nendpoint load: {args.clients} keep-alive clients × {args.seconds:g} s, 1-row query")
    for d, r in load.items():
        print(f"{d:<12} {r['rps']:8.0f} req/s   p50 {r['p50_ms']:6.2f} ms   p99 {r['p99_ms']:6.2f} ms   "
              f"errors {r['errors']} / {r['requests']}")
    out = REPO / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "sql_bench.json").write_text(json.dumps({"round_trip_ms": rt, "load": load, "args": vars(args)}, indent=1))


if __name__ == "__main__":
    main()
