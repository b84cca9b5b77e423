"""The attack list of sql-endpoint.md §3a, on the three dialects: each case gets its expected
status, the database is unchanged afterwards (checksum of every table), and requests that
must be refused early never check a connection out of the pool."""

from __future__ import annotations

import asyncio
import json
import time

import httpx
import pandas as pd
import pytest
import sqlalchemy as sa
from sqlep_support import DIALECTS, FIXTURE_ROWS, ORIGIN, body, checksum, make_endpoint, post, writer_engine
from starlette.testclient import TestClient

from wasmlit._connections import wire
from wasmlit.endpoint.classify import Rejected, classify

Q_ALL = "select id, name from items order by id"
Q_BY_NAME = "select id from items where name = :name order by id"
Q_ORDER = "select id from items order by :col"
WRITES = {
    "delete": "delete from items",
    "insert": "insert into items (id, name, price) values (99, 'x', 1)",
    "update": "update items set name = 'pwned'",
    "drop": "drop table items",
    "create": "create table pwned (a int)",
}
SLEEP = {"postgresql": "select pg_sleep(3)", "mariadb": "select sleep(3)",
         "sqlite": "with recursive c(x) as (select 1 union all select x + 1 from c) select count(*) from c"}
BIG_VALUE = {"postgresql": "select repeat('x', 300000) as v", "mariadb": "select repeat('x', 300000) as v",
             "sqlite": "with recursive r(s) as (select 'x' union all select s || s from r where length(s) < 200000) "
                       "select max(s) as v from r"}
CROSS = "select a.n, b.n from big a cross join big b"
MULTI = "select 1; drop table items"
MISSING = "select * from no_such_table"


@pytest.fixture(scope="module")
def env(databases):
    """dialect → (client, endpoint, checksum before)."""
    out = {}
    for d in DIALECTS:
        queries = [Q_ALL, Q_BY_NAME, Q_ORDER, CROSS, MULTI, MISSING, BIG_VALUE[d], *WRITES.values()]
        app = make_endpoint(databases[d], queries,
                            proxy={"max_rows": 1000, "max_response_bytes": 1 << 20, "max_value_bytes": 100_000})
        out[d] = (TestClient(app), app, checksum(d, databases[d]))
    yield out
    for client, app, _ in out.values():
        client.close()
        app.close()


@pytest.fixture
def ctx(env, dialect, databases):
    client, app, before = env[dialect]
    yield client, app
    assert checksum(dialect, databases[dialect]) == before, "the database changed"


def err(resp) -> str:
    return resp.json()["error"]["code"]


def refused_without_db(app, client, payload, status, code, **kw):
    n = app.db.checkouts
    r = post(client, payload, **kw)
    assert (r.status_code, err(r)) == (status, code), r.text
    assert app.db.checkouts == n, "a refused request touched the pool"
    return r


# ------------------------------------------------------------------ A: the allow list


def test_a1_unknown_query_id(ctx):
    client, app = ctx
    refused_without_db(app, client, body("select password from users"), 404, "unknown_query")


def test_a2_raw_sql_refused_in_production(ctx):
    client, app = ctx
    refused_without_db(app, client, {"v": 1, "connection": "db", "sql": "select 1"}, 400, "raw_sql_refused")


def test_a3_valid_id_other_connection(ctx):
    client, app = ctx
    refused_without_db(app, client, body(Q_ALL, connection="other"), 404, "unknown_query")


@pytest.mark.parametrize("variant", [Q_ALL + " ", " " + Q_ALL, Q_ALL.upper(), Q_ALL.replace(" ", "  ", 1)])
def test_a4_ids_are_exact(ctx, variant):
    client, app = ctx
    refused_without_db(app, client, body(variant), 404, "unknown_query")


def test_a5_apq_registration_refused(ctx):
    client, app = ctx
    payload = {"v": 1, "connection": "db", "sql": "select 1", "hash": wire.query_id("select 1")}
    refused_without_db(app, client, payload, 400, "raw_sql_refused")
    refused_without_db(app, client, body("select 1"), 404, "unknown_query")


@pytest.mark.parametrize("name", ["DB", "db\u200b", "../db", "db/", "", " db"])
def test_a6_connection_name_variants(ctx, name):
    client, app = ctx
    refused_without_db(app, client, body(Q_ALL, connection=name), 404, "unknown_query")


@pytest.mark.parametrize("kind", list(WRITES))
def test_a7_smuggled_write_is_refused_by_the_database(ctx, kind):
    client, app = ctx
    r = post(client, body(WRITES[kind]))
    assert (r.status_code, err(r)) == (500, "db_error"), r.text
    msg = r.json()["error"]["message"]
    assert "items" not in msg and "pwned" not in msg  # class/errno only, never the DB's text


def test_r4_multi_statement_refused(ctx):
    client, app = ctx
    r = post(client, body(MULTI))
    assert r.status_code == 500 and err(r) == "db_error", r.text


# ------------------------------------------------------------------ I: parameters


INJECTIONS = ["' OR '1'='1", "1; DROP TABLE items; --", "\\' OR 1=1 -- ", "\\", "%", "_", '"', "a\x00b",
              "emoji 🎉", "\u202eevil", "x" * 60_000]


@pytest.mark.parametrize("value", INJECTIONS, ids=range(len(INJECTIONS)))
def test_i1_params_match_only_the_literal_value(ctx, value):
    client, app = ctx
    r = post(client, body(Q_BY_NAME, {"name": value}))
    if "\x00" in value and r.status_code != 200:  # PG refuses NUL in text: an error, never a match
        assert err(r) in ("db_error", "bad_param")
        return
    assert r.status_code == 200, r.text
    _, rows = wire.decode_response(r.content)
    assert rows == [(i,) for i, n, _ in FIXTURE_ROWS if n == value]


def test_i1_literal_matches_are_found(ctx):
    client, _ = ctx
    for i, name, _ in FIXTURE_ROWS:
        r = post(client, body(Q_BY_NAME, {"name": name}))
        assert wire.decode_response(r.content)[1] == [(i,)], name


def test_i1_mariadb_no_backslash_escapes(databases):
    section = dict(databases["mariadb"])
    section["create_engine_kwargs"] = {"connect_args": {"init_command": "SET sql_mode='NO_BACKSLASH_ESCAPES'"}}
    app = make_endpoint(section, [Q_BY_NAME])
    before = checksum("mariadb", databases["mariadb"])
    with TestClient(app) as client:
        for value in INJECTIONS[:8] + ["back\\slash"]:
            r = post(client, body(Q_BY_NAME, {"name": value}))
            assert r.status_code == 200, r.text
            assert wire.decode_response(r.content)[1] == [(i,) for i, n, _ in FIXTURE_ROWS if n == value]
    app.close()
    assert checksum("mariadb", databases["mariadb"]) == before


@pytest.mark.parametrize("value", [{"a": 1}, [[1]], [1, 2], {"$t": "bytes"}, {"$t": "evil", "v": 1},
                                   {"$t": "date", "v": "not a date"}, {"$t": "int", "v": "1" * 5000}])
def test_i2_bad_param_values(ctx, value):
    client, app = ctx
    refused_without_db(app, client, body(Q_BY_NAME, {"name": value}), 400, "bad_param")


def test_i2_non_finite_number_literal(ctx):
    client, app = ctx
    raw = json.dumps(body(Q_BY_NAME)).replace('"params": {}', '"params": {"name": NaN}').encode()
    refused_without_db(app, client, None, 400, "bad_request", raw=raw)


@pytest.mark.parametrize("params", [{}, {"name": "a", "extra": 1}, {"NAME": "a"}, {"na me": "a"}])
def test_i3_params_must_match_names_exactly(ctx, params):
    client, app = ctx
    refused_without_db(app, client, body(Q_BY_NAME, params), 400, "bad_param")


def test_i3_duplicate_param_keys(ctx):
    client, app = ctx
    raw = json.dumps(body(Q_BY_NAME, {"name": "a"})).replace('{"name": "a"}', '{"name": "a", "name": "b"}').encode()
    refused_without_db(app, client, None, 400, "bad_request", raw=raw)


def test_i4_too_many_params_and_long_strings(ctx):
    client, app = ctx
    refused_without_db(app, client, body(Q_BY_NAME, {f"p{i}": 1 for i in range(101)}), 400, "bad_param")
    refused_without_db(app, client, body(Q_BY_NAME, {"name": "x" * 70_000}), 413, "request_too_large")


def test_i6_order_by_param_binds_a_literal_like_streamlit(ctx, dialect, databases):
    client, _ = ctx
    r = post(client, body(Q_ORDER, {"col": "name"}))
    eng = writer_engine(dialect, databases[dialect])
    try:
        with eng.connect() as c:
            real = pd.read_sql(sa.text(Q_ORDER), c, params={"col": "name"})
    except Exception:
        assert r.status_code == 500 and err(r) == "db_error"
    else:
        assert r.status_code == 200
        names, rows = wire.decode_response(r.content)
        assert sorted(wire.read_frame(names, rows)["id"]) == sorted(real["id"])
    finally:
        eng.dispose()


# ------------------------------------------------------------------ R: the build-time classifier


REJECT = [
    "with d as (delete from items returning *) select * from d",
    "select * into t2 from items",
    "select * from items into outfile '/tmp/x'",
    "select * from items for update",
    "select * from items for share",
    "select * from items lock in share mode",
    "select 1; drop table items",
    "select 1 /*!50000 , (select password from mysql.user) */",
    "set statement_timeout = 0",
    "call p()",
    "do sleep(1)",
    "lock tables items read",
    "attach database 'x.db' as x",
    "pragma table_info(items)",
    "copy items to program 'id'",
    "begin",
    "commit",
    "savepoint a",
    "select sleep(1)",
    "select benchmark(1000000, md5('a'))",
    "select get_lock('a', 1)",
    "select load_file('/etc/passwd')",
    "select pg_sleep(1)",
    "select pg_read_file('/etc/passwd')",
    "select * from dblink('x', 'select 1') as t(a int)",
    "select set_config('statement_timeout', '0', false)",
    "select nextval('s')",
    "select load_extension('x')",
    "select randomblob(1000000000)",
    "insert into items values (1)",
    "update items set name = 'x'",
    "delete from items",
    "drop table items",
    "create table x (a int)",
    "alter table items add column z int",
]
ACCEPT = [
    "select 'live update' as s",
    "select replace(name, 'a', 'b') from items",
    "select 'set' as word, 'load' as other, 'delete' as third",
    "select * from items where name = :name",
    "select count(*) from items group by price having count(*) > :n",
    "with x as (select * from items) select * from x",
    "select id from items union select id from items",
    "select price::text from items",
]


@pytest.mark.parametrize("sql", REJECT)
def test_r_classifier_rejects(sql):
    with pytest.raises(Rejected):
        classify(sql, "postgresql" if "::" in sql or "pg_" in sql else None)


@pytest.mark.parametrize("sql", ACCEPT)
def test_b2_classifier_accepts_legitimate_reads(sql):
    classify(sql, "postgresql")


def test_r8_smuggled_session_changes_do_not_leak(databases):
    """PG: set_config(..., false) inside the rolled-back transaction is undone; the next request
    on the pooled connection still runs read-only with the statement timeout."""
    probe = "select current_setting('statement_timeout') as t, current_setting('transaction_read_only') as ro"
    leak = "select set_config('statement_timeout', '0', false) as x"
    app = make_endpoint(databases["postgresql"], [probe, leak], proxy={"pool_size": 1})
    with TestClient(app) as client:
        assert post(client, body(leak)).status_code == 200
        names, rows = wire.decode_response(post(client, body(probe)).content)
        assert rows == [("10s", "on")]
    app.close()


# ------------------------------------------------------------------ Q: the request


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "PATCH"])
def test_q1_methods(ctx, method):
    client, app = ctx
    r = client.request(method, "/v1/query", headers={"origin": ORIGIN})
    assert (r.status_code, err(r)) == (405, "method_not_allowed")


@pytest.mark.parametrize("ctype", ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data", ""])
def test_q2_content_type(ctx, ctype):
    client, app = ctx
    refused_without_db(app, client, body(Q_ALL), 415, "unsupported_media_type", content_type=ctype)


def test_q3_body_cap_with_and_without_content_length(ctx):
    client, app = ctx
    big = json.dumps({**body(Q_ALL), "pad": "x" * 70_000}).encode()
    refused_without_db(app, client, None, 413, "request_too_large", raw=big)

    def chunks():
        for _ in range(100):
            yield b"x" * 1024

    r = client.post("/v1/query", content=chunks(), headers={"content-type": "application/json", "origin": ORIGIN})
    assert (r.status_code, err(r)) == (413, "request_too_large")


@pytest.mark.parametrize("raw", [
    b"{", b"\xef\xbb\xbf" + json.dumps(body(Q_ALL)).encode(), json.dumps(body(Q_ALL)).encode() + b"garbage",
    b'{"v": 1, "v": 1, "connection": "db", "query_id": "x"}', b'{"v": Infinity}', b"[" * 30_000 + b"]" * 30_000,
    b'{"v": 1, "n": ' + b"9" * 5000 + b"}", b"\xff\xfe", b"null", b'"str"', b"[]",
    b'{"v": 1, "connection": 5, "query_id": "x"}', b'{"v": 1, "connection": "db", "query_id": "x", "extra": 1}',
])
def test_q4_malformed_bodies(ctx, raw):
    client, app = ctx
    n = app.db.checkouts
    r = post(client, None, raw=raw)
    assert r.status_code == 400, r.text
    assert app.db.checkouts == n


@pytest.mark.parametrize("v", [2, 0, "1", True, None, 1.0])
def test_q5_versions(ctx, v):
    client, app = ctx
    payload = {**body(Q_ALL), "v": v}
    if v is None:
        del payload["v"]
    refused_without_db(app, client, payload, 400, "unsupported_version")


# ------------------------------------------------------------------ L: limits


def test_l1_row_cap(ctx):
    client, _ = ctx
    r = post(client, body(CROSS))
    assert (r.status_code, err(r)) == (422, "result_too_large")
    assert "1000 rows" in r.json()["error"]["message"]


def test_l2_byte_cap_aborts_a_cross_join_fast(dialect, databases):
    app = make_endpoint(databases[dialect], [CROSS], proxy={"max_rows": 10_000_000, "max_response_bytes": 1 << 20})
    with TestClient(app) as client:
        t0 = time.perf_counter()
        r = post(client, body(CROSS))
        took = time.perf_counter() - t0
    app.close()
    assert (r.status_code, err(r)) == (422, "result_too_large")
    assert "bytes" in r.json()["error"]["message"]
    assert took < 2.0, took


def test_l3_value_cap(ctx, dialect):
    client, _ = ctx
    r = post(client, body(BIG_VALUE[dialect]))
    assert r.status_code in (422, 500), r.text  # 422 value cap; SQLite may refuse first (SQLITE_LIMIT_LENGTH)
    assert err(r) in ("result_too_large", "db_error")


def test_l4_statement_timeout(dialect, databases):
    app = make_endpoint(databases[dialect], [SLEEP[dialect], Q_ALL], proxy={"statement_timeout": 0.5, "pool_size": 1})
    with TestClient(app) as client:
        t0 = time.perf_counter()
        r = post(client, body(SLEEP[dialect]))
        took = time.perf_counter() - t0
        assert (r.status_code, err(r)) == (504, "timeout"), r.text
        assert r.headers["retry-after"]
        assert took < 1.5, took
        assert post(client, body(Q_ALL)).status_code == 200  # the pool recovers
    app.close()


def test_l6_rate_limit_per_client(databases):
    app = make_endpoint(databases["sqlite"], [Q_ALL], settings={"rate_limit_per_minute": 60, "rate_limit_burst": 5})
    with TestClient(app) as client:
        codes = [post(client, body(Q_ALL)).status_code for _ in range(6)]
        assert codes == [200] * 5 + [429]
        r = post(client, body(Q_ALL), headers={"x-forwarded-for": "10.9.8.7"})  # forged: not trusted
        assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1
    with TestClient(app, client=("10.0.0.2", 1234)) as other:
        assert post(other, body(Q_ALL)).status_code == 200  # another client is unaffected
    app.close()


def test_l6_rate_limit_shared_in_redis(databases):
    import uuid

    store = "redis://127.0.0.1:6379/0"
    settings = {"rate_limit_per_minute": 60, "rate_limit_burst": 3, "rate_limit_store": store}
    a = make_endpoint(databases["sqlite"], [Q_ALL], settings=settings)
    b = make_endpoint(databases["sqlite"], [Q_ALL], settings=settings)  # a second instance
    ip = f"10.{uuid.uuid4().int % 250}.1.1"
    with TestClient(a, client=(ip, 1)) as ca, TestClient(b, client=(ip, 1)) as cb:
        codes = [post(c, body(Q_ALL)).status_code for c in (ca, cb, ca, cb)]
    a.close()
    b.close()
    assert codes == [200, 200, 200, 429]


def _concurrent(app, payloads, n_parallel):
    async def run():
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://e") as c:
            async def one(p):
                t0 = time.perf_counter()
                r = await c.post("/v1/query", json=p, headers={"origin": ORIGIN})
                return r.status_code, time.perf_counter() - t0, r.headers.get("retry-after")
            return await asyncio.gather(*[one(p) for p in payloads[:n_parallel]])
    return asyncio.run(run())


def test_l7_pool_exhaustion_is_a_fast_503(databases):
    sleep = "select pg_sleep(0.8)"
    app = make_endpoint(databases["postgresql"], [sleep, Q_ALL],
                        proxy={"pool_size": 2, "pool_timeout": 0.2, "statement_timeout": 5})
    results = _concurrent(app, [body(sleep)] * 8, 8)
    ok = [r for r in results if r[0] == 200]
    busy = [r for r in results if r[0] == 503]
    assert len(ok) == 2 and len(busy) == 6, results
    assert all(t < 0.6 and ra for _, t, ra in busy)
    assert _concurrent(app, [body(Q_ALL)] * 2, 2)[0][0] == 200  # normal once the load stops
    app.close()


def test_l8_inflight_byte_budget(databases):
    app = make_endpoint(databases["postgresql"], [CROSS], proxy={"max_rows": 10_000_000, "max_response_bytes": 4 << 20,
                                                                 "pool_size": 4},
                        settings={"max_inflight_bytes": 5 << 20})
    q = "select a.n from big a cross join big b limit 400000"
    app.config.manifest.queries["db"][wire.query_id(q)] = type(next(iter(app.config.manifest.queries["db"].values())))(q, ())
    codes = sorted(r[0] for r in _concurrent(app, [body(q)] * 4, 4))
    app.close()
    assert 503 in codes and 200 in codes, codes


# ------------------------------------------------------------------ C: origins and CORS


def test_c1_preflight_from_the_allowed_origin(ctx):
    client, _ = ctx
    r = client.options("/v1/query", headers={"origin": ORIGIN, "access-control-request-method": "POST"})
    assert r.status_code == 200
    assert r.headers["access-control-allow-origin"] == ORIGIN
    assert r.headers["vary"] == "Origin"
    assert r.headers["access-control-allow-methods"] == "POST"
    assert "access-control-allow-credentials" not in r.headers


@pytest.mark.parametrize("origin", ["https://evil.example", "https://app.example.evil.com", "http://app.example",
                                    "https://app.example:8443", "null", "https://APP.example", "https://app.example/"])
def test_c2_other_origins(ctx, origin):
    client, app = ctx
    r = client.options("/v1/query", headers={"origin": origin, "access-control-request-method": "POST"})
    assert r.status_code == 403 and "access-control-allow-origin" not in r.headers
    r = refused_without_db(app, client, body(Q_ALL), 403, "origin_not_allowed", origin=origin)
    assert "access-control-allow-origin" not in r.headers


def test_c3_no_origin_header(ctx, databases):
    client, _ = ctx
    assert post(client, body(Q_ALL), origin=None).status_code == 200
    app = make_endpoint(databases["sqlite"], [Q_ALL], settings={"require_origin": True})
    with TestClient(app) as c:
        r = post(c, body(Q_ALL), origin=None)
        assert (r.status_code, err(r)) == (403, "origin_not_allowed")
    app.close()


def test_c4_cookies_ignored_nothing_cached(ctx):
    client, _ = ctx
    r = post(client, body(Q_ALL), headers={"cookie": "session=abc"})
    assert r.status_code == 200
    assert "set-cookie" not in r.headers
    assert r.headers["cache-control"] == "no-store"
