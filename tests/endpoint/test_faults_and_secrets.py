"""Database faults (§3c) and secrecy (§3a S1–S5): an unreachable database is a 503 that the
app shows as a clear error and recovers from; no response or log line ever carries a
credential, host, database name, SQL text, parameter value or traceback."""

from __future__ import annotations

import logging
import time
import uuid

import pytest
from sqlep_support import ORIGIN, body, make_endpoint, post, writer_engine
from starlette.testclient import TestClient
from tcp_proxy import TcpProxy

from wasmlit._connections import client as wclient
from wasmlit._connections import wire
from wasmlit._connections.errors import DatabaseUnavailableError
from wasmlit._connections.local import asgi_transport
from wasmlit.testing import AppTest

Q = "select id, name from items order by id"
CANARY = uuid.uuid4().hex[:12]
CANARY_USER = f"canary_user_{CANARY}"
CANARY_PW = f"canary-pw-{CANARY}"
CANARY_HOST = f"canary-{CANARY}.invalid"
CANARY_DB = f"canary_db_{CANARY}"
CANARIES = [CANARY, CANARY_USER, CANARY_PW, CANARY_HOST, CANARY_DB, Q, "Traceback", "psycopg", "pymysql",
            "sqlalchemy", "127.0.0.1", "5432", "3306", "/tmp", ".py"]


def assert_clean(text: str) -> None:
    for c in CANARIES:
        assert c not in text, f"{c!r} leaked: {text}"


@pytest.fixture
def logs(caplog):
    caplog.set_level(logging.DEBUG, logger="wasmlit.endpoint")
    return caplog


BAD_SECTIONS = {
    "pg-unknown-user": {"dialect": "postgresql", "username": CANARY_USER, "password": CANARY_PW, "host": "127.0.0.1",
                        "port": 5432, "database": "test"},
    "pg-unknown-db": {"dialect": "postgresql", "username": "postgres", "password": CANARY_PW, "host": "127.0.0.1",
                      "port": 5432, "database": CANARY_DB},
    "pg-unknown-host": {"dialect": "postgresql", "username": CANARY_USER, "password": CANARY_PW, "host": CANARY_HOST,
                        "port": 5432, "database": CANARY_DB},
    "pg-port-closed": {"dialect": "postgresql", "username": CANARY_USER, "password": CANARY_PW, "host": "127.0.0.1",
                       "port": 1, "database": CANARY_DB},
    "my-wrong-password": {"dialect": "mysql", "username": "root", "password": CANARY_PW, "host": "127.0.0.1",
                          "port": 3306, "database": "test"},
    "my-unknown-user": {"dialect": "mysql", "username": CANARY_USER, "password": CANARY_PW, "host": "127.0.0.1",
                        "port": 3306, "database": "test"},
    "my-unknown-db": {"dialect": "mysql", "username": "root", "password": "", "host": "127.0.0.1",
                      "port": 3306, "database": CANARY_DB},
    "sqlite-missing-file": {"url": f"sqlite:////tmp/{CANARY_DB}.db"},
}


@pytest.mark.parametrize("case", list(BAD_SECTIONS))
def test_s1_unreachable_database_is_a_clean_503(case, logs):
    app = make_endpoint({"type": "sql", **BAD_SECTIONS[case]}, [Q], proxy={"connect_timeout": 1})
    with TestClient(app) as c:
        t0 = time.perf_counter()
        r = post(c, body(Q))
        took = time.perf_counter() - t0
    app.close()
    assert (r.status_code, r.json()["error"]["code"]) == (503, "db_unavailable"), r.text
    assert r.json()["error"]["retryable"] is True and r.headers["retry-after"]
    assert r.json()["request_id"]
    assert took < 2.5
    assert_clean(r.text + str(dict(r.headers)))
    for secret in (CANARY_PW,):  # the log has details, never the password
        assert secret not in logs.text


def test_s5_wrong_user_and_wrong_password_look_the_same():
    out = []
    for case in ("my-wrong-password", "my-unknown-user"):
        app = make_endpoint({"type": "sql", **BAD_SECTIONS[case]}, [Q])
        with TestClient(app) as c:
            r = post(c, body(Q))
        app.close()
        doc = r.json()
        doc.pop("request_id")
        out.append((r.status_code, doc))
    assert out[0] == out[1]


def test_s2_s4_runtime_failure_is_a_class_only_500(databases, logs):
    sql = "select * from dropped_table where name = :name"
    app = make_endpoint(databases["postgresql"], [sql])
    with TestClient(app) as c:
        r = post(c, body(sql, {"name": f"param-{CANARY}"}))
    app.close()
    assert (r.status_code, r.json()["error"]["code"]) == (500, "db_error")
    assert r.json()["error"]["message"] == "The database rejected the query (SQLSTATE class 42)."
    assert_clean(r.text)
    assert f"param-{CANARY}" not in logs.text  # hide_parameters: no values in the log either


def test_s3_canary_secrets_never_in_any_response(databases, logs):
    """Real credentials (a canary password on a working SQLite connection is not used by it)
    across every kind of response."""
    section = dict(databases["postgresql"])
    section["password"] = CANARY_PW  # trust auth ignores it: the connection works
    section["query"] = {"application_name": f"app-{CANARY}"}
    app = make_endpoint(section, [Q, "select * from nope", "select pg_sleep(2)"], proxy={"statement_timeout": 0.3})
    texts = []
    with TestClient(app) as c:
        for payload in (body(Q), body("select * from nope"), body("select pg_sleep(2)"), body("unknown"),
                        {"v": 1, "connection": "db", "sql": "select 1"}, {"v": 9}):
            r = post(c, payload)
            texts.append(r.text + str(dict(r.headers)))
        texts.append(post(c, body(Q), origin="https://evil.example").text)
    app.close()
    for t in texts:
        assert CANARY not in t and CANARY_PW not in t
    assert CANARY_PW not in logs.text


def test_f1_database_down_503_then_recovers(databases):
    proxy = TcpProxy(5432).start()
    section = {**databases["postgresql"], "port": proxy.port}
    app = make_endpoint(section, [Q], proxy={"connect_timeout": 1, "pool_size": 1})
    try:
        with TestClient(app) as c:
            assert post(c, body(Q)).status_code == 200
            proxy.stop()  # the database goes away, with a pooled connection open
            t0 = time.perf_counter()
            r = post(c, body(Q))
            assert (r.status_code, r.json()["error"]["code"]) == (503, "db_unavailable"), r.text
            assert time.perf_counter() - t0 < 1.5
            proxy.start()  # back on the same port
            r = post(c, body(Q))
            assert r.status_code == 200, r.text  # pool_pre_ping: no stale connection
    finally:
        proxy.stop()
        app.close()


APP = """
import streamlit as st
conn = st.connection("db", type="sql")
df = conn.query("select id, name from items order by id")
st.write(df.to_dict())
"""


@pytest.fixture
def no_retry_wait(monkeypatch):
    monkeypatch.setattr(wclient, "MAX_RETRY_WAIT", 0.0)


def test_app_shows_a_clear_error_and_recovers(databases, no_retry_wait):
    """The seed's flow through the real client (AppTest): database down → the page shows a
    DatabaseUnavailableError that says what happened → database back → rerun shows the data."""
    proxy = TcpProxy(5432).start()
    sql = "select id, name from items order by id"
    app = make_endpoint({**databases["postgresql"], "port": proxy.port}, [sql], proxy={"connect_timeout": 1})
    proxy.stop()
    wclient.configure(wclient.ClientConfig("http://endpoint", {"db": {"type": "sql", "queries": [wire.query_id(sql)]}},
                                           transport=asgi_transport(app, origin=ORIGIN)))
    try:
        at = AppTest.from_string(APP).run()
        assert len(at.exception) == 1
        exc = at.exception[0]
        assert exc.type_name == "DatabaseUnavailableError"
        assert "database is unreachable" in exc.value and "[db_unavailable]" in exc.value
        proxy.start()
        at.run()
        assert not at.exception
        assert "alpha" in at.json[0].value if at.json else "alpha" in str(at._tree)  # noqa: SIM222
    finally:
        wclient.configure(None)
        proxy.stop()
        app.close()


def test_client_error_mapping():
    err = wclient.error_from_response(503, {"retry-after": "2"},
                                      wire.error_body("db_unavailable", "rid")[1], "db")
    assert isinstance(err, DatabaseUnavailableError) and err.retryable and err.retry_after == 2
    assert "(request id rid)" in str(err)
    assert wclient.error_from_response(0, {}, b"", "db").code == "unreachable"
    assert wclient.error_from_response(502, {}, b"<html>", "db").retryable
