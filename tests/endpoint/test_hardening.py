"""Issue 12, the SQL endpoint found by attack: the function allow list (build time and
endpoint load time), pooled connections reset on return (no lock or variable outlives a
request), out-of-range parameters as 400 bad_param, and the database user's privileges
reported loudly by ``build.py endpoint``."""

from __future__ import annotations

import uuid

import pytest
import sqlalchemy as sa
from sqlep_support import _admin_url, body, make_endpoint, post, writer_engine
from starlette.testclient import TestClient

from wasmlit._connections import wire
from wasmlit.endpoint import ConfigError
from wasmlit.endpoint.classify import Rejected, classify
from wasmlit.endpoint.privileges import privilege_warnings

# Side-effect functions the old deny list missed (issue 12), each refused by name.
MISSED = {
    "postgresql": ["select pg_advisory_lock_shared(1)", "select pg_stat_reset()",
                   "select pg_logical_emit_message(true, 'a', 'b')", "select pg_switch_wal()",
                   "select pg_create_restore_point('a')", "select pg_promote()",
                   "select pg_file_write('a', 'b', false)", "select * from pg_advisory_lock(1)",
                   "select (select pg_try_advisory_lock_shared(2)) as x",
                   "select current_setting('data_directory')", "select txid_current_if_assigned()"],
    "mysql": ["select get_lock('a', 0)", "select release_all_locks()", "select sleep(1)",
              "select master_gtid_wait('0-1-1')", "select last_insert_id(5)"],
    "sqlite": ["select randomblob(1000000000)", "select zeroblob(1000000000)", "select load_extension('x')",
               "select sqlite_compileoption_get(0)"],
}
REFUSED_SHAPES = {
    "select @a := 1": ("mysql", "variables"),
    "select @a": ("mysql", "variables"),
    "select @@global.max_statement_time as t": ("mysql", "variables"),
    "with recursive c(x) as (select 1 union all select x + 1 from c) select count(*) from c": ("postgresql", "RECURSIVE"),
    "select repeat('x', 1000000000) as v": ("postgresql", "REPEAT"),
    "select repeat('x', :n) as v": ("mysql", "REPEAT"),
    "select lpad('x', 1e9, 'y') as v": ("postgresql", "literal count"),
    "select space(2000000000) as v": ("mysql", "literal count"),
}
ALLOWED = {
    "postgresql": ["select id, coalesce(name, :d) as n, row_number() over (order by id) as r from items",
                   "select date_trunc('day', now()) as d, extract(year from now()) as y, price::text as p from items",
                   "select string_agg(name, ',') as s, count(*) as c from items",
                   "select * from generate_series(1, 10) as g", "select repeat('x', 300000) as v",
                   "select upper(name), length(name), substr(name, 1, 2) from items where exists (select 1)"],
    "mysql": ["select date_format(now(), '%Y') as y, ifnull(name, 'x') as n, if(id > 1, 1, 2) as i from items",
              "select concat(name, '!') as c, group_concat(name) as g from items"],
    "sqlite": ["select printf('%d', id) as p, strftime('%Y', 'now') as y, group_concat(name) as g, iif(id > 1, 1, 2) as i "
               "from items"],
}


@pytest.mark.parametrize("dialect,sql", [(d, q) for d, qs in MISSED.items() for q in qs])
def test_allow_list_refuses_side_effect_functions_by_name(dialect, sql):
    with pytest.raises(Rejected) as e:
        classify(sql, dialect)
    fname = sql.split("select ", 1)[1].lstrip("(* from").split("(")[0].replace("select ", "").strip()
    assert fname.upper() in str(e.value) and "allow list" in str(e.value)


@pytest.mark.parametrize("sql", list(REFUSED_SHAPES))
def test_refused_shapes(sql):
    dialect, needle = REFUSED_SHAPES[sql]
    with pytest.raises(Rejected, match=needle):
        classify(sql, dialect)


@pytest.mark.parametrize("dialect,sql", [(d, q) for d, qs in ALLOWED.items() for q in qs])
def test_allow_list_keeps_ordinary_reads(dialect, sql):
    classify(sql, dialect)


def test_endpoint_refuses_to_load_a_manifest_query_the_build_would_refuse(databases):
    """A hand-edited queries.json: the endpoint does not start, and says which function."""
    with pytest.raises(ConfigError, match="PG_ADVISORY_LOCK_SHARED"):
        make_endpoint(databases["postgresql"], ["select 1 as a", "select pg_advisory_lock_shared(7) as x"],
                      verify=True)
    with pytest.raises(ConfigError, match="variables"):
        make_endpoint(databases["mariadb"], ["select @a := 1 as x"], verify=True)
    make_endpoint(databases["postgresql"], ["select id from items"], verify=True).close()


# ------------------------------------------------------------------ pool reset on return


def _advisory_locks(section) -> int:
    eng = writer_engine("postgresql", section)
    with eng.connect() as c:
        n = c.exec_driver_sql("select count(*) from pg_locks where locktype = 'advisory' "
                              "and database = (select oid from pg_database where datname = current_database())").scalar()
    eng.dispose()
    return n


def test_pg_advisory_lock_does_not_outlive_the_request(databases):
    """The attack of issue 12, with the classifier bypassed (a privileged user, a query the
    allow list would refuse): the session lock is gone once the request returns, because the
    pooled connection gets DISCARD ALL; the same connection then serves the next request."""
    lock = "select pg_advisory_lock_shared(4242)::text as x"
    pid = "select pg_backend_pid() as p"
    app = make_endpoint(databases["postgresql"], [lock, pid], proxy={"pool_size": 1})
    with TestClient(app) as client:
        first = wire.decode_response(post(client, body(pid)).content)[1]
        assert post(client, body(lock)).status_code == 200
        assert _advisory_locks(databases["postgresql"]) == 0
        assert wire.decode_response(post(client, body(pid)).content)[1] == first, "connection was not reused"
    app.close()


def test_pg_session_state_does_not_leak_between_requests(databases):
    prep = "select set_config('application_name', 'leaked', false) as x"
    probe = "select current_setting('application_name') as a, current_setting('transaction_read_only') as ro"
    app = make_endpoint(databases["postgresql"], [prep, probe], proxy={"pool_size": 1})
    with TestClient(app) as client:
        for _ in range(7):  # past psycopg's prepare threshold (5): DISCARD ALL must not break it
            assert post(client, body(prep)).status_code == 200
            assert wire.decode_response(post(client, body(probe)).content)[1] == [("wasmlit-endpoint", "on")]
    app.close()


def test_mariadb_locks_and_user_variables_do_not_outlive_the_request(databases):
    name = f"wl_{uuid.uuid4().hex[:8]}"
    take = f"select get_lock('{name}', 0) as x"
    setv = "select @leak := 41 as x"
    getv = "select @leak as x, @@session.max_statement_time as t, @@session.tx_read_only as ro"
    app = make_endpoint(databases["mariadb"], [take, setv, getv], proxy={"pool_size": 1})
    with TestClient(app) as client:
        assert wire.decode_response(post(client, body(take)).content)[1] == [(1,)]
        eng = writer_engine("mariadb", databases["mariadb"])
        with eng.connect() as c:
            assert c.exec_driver_sql(f"select is_used_lock('{name}')").scalar() is None
        eng.dispose()
        assert post(client, body(setv)).status_code == 200
        (x, t, ro), = wire.decode_response(post(client, body(getv)).content)[1]
        assert x is None and float(t) == 10.0 and int(ro) == 1, (x, t, ro)
    app.close()


# ------------------------------------------------------------------ parameters


@pytest.mark.parametrize("value", [10 ** 400, -(10 ** 400), 2 ** 64, {"$t": "decimal", "v": "1e5000"},
                                   {"$t": "int", "v": str(10 ** 30)}])
def test_out_of_range_params_are_bad_param(databases, dialect, value):
    q = "select id from items where id = :v"
    app = make_endpoint(databases[dialect], [q])
    with TestClient(app) as client:
        n = app.db.checkouts
        r = post(client, body(q, {"v": value}))
        assert r.status_code == 400 and r.json()["error"]["code"] == "bad_param", r.text
        assert app.db.checkouts == n
        assert "Traceback" not in r.text and "127.0.0.1" not in r.text
    app.close()


def test_json_number_beyond_float_is_bad_param(databases):
    q = "select id from items where id = :v"
    app = make_endpoint(databases["postgresql"], [q])
    with TestClient(app) as client:
        raw = b'{"v": 1, "connection": "db", "query_id": "%s", "params": {"v": 1e400}}' % wire.query_id(q).encode()
        r = post(client, None, raw=raw)
        assert (r.status_code, r.json()["error"]["code"]) == (400, "bad_param")
    app.close()


def test_database_data_errors_from_a_param_are_bad_param(databases):
    """Values in range for us but not for the column or the expression (PG SQLSTATE class 22)."""
    qs = ["select 1 / :n as x", "select cast(:s as integer) as x", "select :d::date as x"]
    app = make_endpoint(databases["postgresql"], qs)
    with TestClient(app) as client:
        for q, p in zip(qs, [{"n": 0}, {"s": "nope"}, {"d": "2026-13-45"}]):
            r = post(client, body(q, p))
            assert (r.status_code, r.json()["error"]["code"]) == (400, "bad_param"), (q, r.text)
        assert post(client, body(qs[0], {"n": 2})).status_code == 200
    app.close()


# ------------------------------------------------------------------ privileges


@pytest.fixture(scope="module")
def readonly_users(databases):
    """A read-only user on each server, made the documented way (README "The database user")."""
    user, pw = f"wl_ro_{uuid.uuid4().hex[:6]}", uuid.uuid4().hex
    pg_db, my_db = databases["postgresql"]["database"], databases["mariadb"]["database"]
    pg = sa.create_engine(_admin_url("postgresql", pg_db), isolation_level="AUTOCOMMIT")
    my = sa.create_engine(_admin_url("mariadb", my_db))
    with pg.connect() as c:
        c.exec_driver_sql(f"CREATE ROLE {user} LOGIN PASSWORD '{pw}' NOSUPERUSER NOCREATEDB NOCREATEROLE")
        c.exec_driver_sql(f'GRANT CONNECT ON DATABASE "{pg_db}" TO {user}')
        c.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {user}")
        c.exec_driver_sql("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
        c.exec_driver_sql(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {user}")
    with my.begin() as c:
        c.exec_driver_sql(f"CREATE USER '{user}'@'%%' IDENTIFIED BY '{pw}'")
        c.exec_driver_sql(f"GRANT SELECT ON `{my_db}`.* TO '{user}'@'%%'")
    yield {
        "postgresql": {**databases["postgresql"], "username": user, "password": pw},
        "mariadb": {**databases["mariadb"], "username": user, "password": pw},
    }
    with pg.connect() as c:
        c.exec_driver_sql(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {user}")
        c.exec_driver_sql(f"REVOKE ALL ON SCHEMA public FROM {user}")
        c.exec_driver_sql(f'REVOKE ALL ON DATABASE "{pg_db}" FROM {user}')
        c.exec_driver_sql(f"DROP ROLE {user}")
    with my.begin() as c:
        c.exec_driver_sql(f"DROP USER '{user}'@'%%'")
    pg.dispose()
    my.dispose()


def _warnings(section):
    app = make_endpoint(section, ["select id from items"])
    try:
        return privilege_warnings(app.config)
    finally:
        app.close()


def test_privileged_users_are_reported(databases):
    pg = _warnings(databases["postgresql"])
    assert len(pg) == 1 and "SUPERUSER" in pg[0] and "'db'" in pg[0] and "read-only user" in pg[0]
    my = _warnings(databases["mariadb"])
    assert len(my) == 1 and "administrative" in my[0] and ("ALL" in my[0] or "SUPER" in my[0])


def test_read_only_users_are_not_reported(readonly_users):
    assert _warnings(readonly_users["postgresql"]) == []
    assert _warnings(readonly_users["mariadb"]) == []


def test_write_grant_is_reported(readonly_users, databases):
    user = readonly_users["postgresql"]["username"]
    pg = sa.create_engine(_admin_url("postgresql", databases["postgresql"]["database"]), isolation_level="AUTOCOMMIT")
    with pg.connect() as c:
        c.exec_driver_sql(f"GRANT INSERT ON items TO {user}")
    try:
        w = _warnings(readonly_users["postgresql"])
        assert len(w) == 1 and "can write to 1 table(s) (public.items)" in w[0]
    finally:
        with pg.connect() as c:
            c.exec_driver_sql(f"REVOKE INSERT ON items FROM {user}")
        pg.dispose()


def test_nul_in_text_is_bad_param_on_postgresql_only(databases):
    q = "select id from items where name = :v"
    pg = make_endpoint(databases["postgresql"], [q])
    my = make_endpoint(databases["mariadb"], [q])
    with TestClient(pg) as c1, TestClient(my) as c2:
        r = post(c1, body(q, {"v": "a\x00b"}))
        assert (r.status_code, r.json()["error"]["code"]) == (400, "bad_param")
        assert post(c2, body(q, {"v": "a\x00b"})).status_code == 200
    pg.close()
    my.close()
