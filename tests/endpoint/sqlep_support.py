"""Helpers of the SQL endpoint tests (databases, endpoints, requests). conftest.py holds the fixtures.

Real databases for the SQL endpoint tests.

PostgreSQL (127.0.0.1:5432, trust, user postgres) and MariaDB (127.0.0.1:3306, root, empty
password) are started (and installed with apt) by ``start_databases.sh`` when they are not
listening. Each test run works in its own database ``wl_<random>`` on both servers (dropped
at the end), and in a temporary SQLite file, so runs never clobber each other.
"""

from __future__ import annotations

import hashlib
import json
import socket
import subprocess
import uuid
from pathlib import Path
from typing import Any, Iterator

import pytest
import sqlalchemy as sa

from wasmlit._connections import wire
from wasmlit.endpoint import build_config, create_app
from wasmlit.endpoint.classify import bind_names
from wasmlit.endpoint.config import Manifest

HERE = Path(__file__).resolve().parent
ORIGIN = "https://app.example"
DIALECTS = ["sqlite", "postgresql", "mariadb"]

FIXTURE_ROWS = [(1, "alpha", "1.50"), (2, "beta", "20.00"), (3, "O'Reilly", "3.25"), (4, "' OR '1'='1", "0.00"),
                (5, "100%_done", "5.00"), (6, "back\\slash", "6.00"), (7, "emoji 🎉", "7.00")]


def _listening(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(0.3)
        return s.connect_ex(("127.0.0.1", port)) == 0


def ensure_servers() -> None:
    if not (_listening(5432) and _listening(3306)):
        subprocess.run(["bash", str(HERE / "start_databases.sh")], check=True)


def _admin_url(dialect: str, db: str) -> str:
    if dialect == "postgresql":
        return f"postgresql+psycopg://postgres@127.0.0.1:5432/{db}"
    return f"mysql+pymysql://root@127.0.0.1:3306/{db}"



def writer_engine(dialect: str, section: dict[str, Any]) -> sa.Engine:
    """A normal read-write engine on the test database (fixtures and checks, not the endpoint)."""
    if dialect == "sqlite":
        return sa.create_engine(section["url"])
    return sa.create_engine(_admin_url(dialect, section["database"]))


def _seed(dialect: str, section: dict[str, Any], sqlite_file: Path) -> None:
    eng = writer_engine(dialect, section)
    with eng.begin() as c:
        c.exec_driver_sql("CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(200), price DECIMAL(10,2))")
        c.execute(sa.text("INSERT INTO items VALUES (:id, :name, :price)"),
                  [{"id": i, "name": n, "price": p} for i, n, p in FIXTURE_ROWS])
        c.exec_driver_sql("CREATE TABLE big (n INTEGER)")
        c.execute(sa.text("INSERT INTO big VALUES (:n)"), [{"n": i} for i in range(2000)])
    eng.dispose()


def checksum(dialect: str, section: dict[str, Any]) -> str:
    """Every table's rows, hashed: "the database is unchanged" after an attack."""
    eng = writer_engine(dialect, section)
    h = hashlib.sha256()
    with eng.connect() as c:
        insp = sa.inspect(c)
        for t in sorted(insp.get_table_names()):
            h.update(t.encode())
            for row in c.exec_driver_sql(f"SELECT * FROM {t} ORDER BY 1"):
                h.update(repr(tuple(row)).encode())
    eng.dispose()
    return h.hexdigest()


def manifest_for(connection: str, queries: list[str]) -> Manifest:
    return Manifest.from_json({"v": 1, "connections": {connection: {
        wire.query_id(q): {"sql": q, "params": bind_names(q)} for q in queries}}})


def make_endpoint(section: dict[str, Any], queries: list[str], *, proxy: dict[str, Any] | None = None,
                  settings: dict[str, Any] | None = None, connection: str = "db",
                  extra_secrets: dict[str, Any] | None = None, base_dir: Path = Path("."),
                  verify: bool = False):
    """An endpoint on ``queries``. ``verify=False`` (the default here): the attack tests need
    queries the load-time classifier refuses, to test the defences behind it."""
    sec = dict(section)
    if proxy:
        sec["proxy"] = proxy
    secrets = {"connections": {connection: sec}, **(extra_secrets or {})}
    over = {"allowed_origins": [ORIGIN], "rate_limit_per_minute": 0}
    over.update(settings or {})
    config = build_config(secrets, manifest_for(connection, queries), base_dir=base_dir, overrides=over, env={},
                          verify_queries=verify)
    return create_app(config)


def body(sql: str, params: dict[str, Any] | None = None, connection: str = "db") -> dict[str, Any]:
    return {"v": 1, "connection": connection, "query_id": wire.query_id(sql), "params": params or {}}


def post(client, payload: Any, *, origin: str | None = ORIGIN, raw: bytes | None = None,
         content_type: str = "application/json", headers: dict[str, str] | None = None):
    h = {"content-type": content_type, **(headers or {})}
    if origin is not None:
        h["origin"] = origin
    data = raw if raw is not None else json.dumps(payload).encode()
    return client.post("/v1/query", content=data, headers=h)
