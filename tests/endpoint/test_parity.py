"""Golden type parity (sql-endpoint.md §3b): for every dialect and case, the DataFrame the
browser builds (endpoint → JSON → decode → stub cursor → ``pd.read_sql``) equals the one
Streamlit builds on the server (``pd.read_sql(text(q), engine.connect(), **kw)``), values
and dtypes, for each of the keyword arguments ``SQLConnection.query`` forwards."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest
import sqlalchemy as sa
from sqlep_support import body, make_endpoint, post
from starlette.testclient import TestClient

from wasmlit._connections import wire
from wasmlit.endpoint.db import engine_url

CASES: dict[str, list[str]] = {
    "postgresql": [
        "select * from items order by id",
        "select 1::int as a, null::int as b, 9223372036854775807::bigint as big, (-9223372036854775807 - 1)::bigint as small",
        "select 'NaN'::float8 as nan, 'Infinity'::float8 as inf, '-Infinity'::float8 as ninf, '-0'::float8 as negz, 1.5::float8 as f",
        "select 12.50::numeric(10,2) as d, 0.000000000000000000000000000001::numeric(65,30) as tiny, 'NaN'::numeric as dnan, null::numeric as n",
        "select '0001-01-01'::date as lo, '9999-12-31'::date as hi, null::date as nd",
        "select '2024-03-01 10:00:00.123456+02'::timestamptz as tz, '2024-03-01 10:00:00.5'::timestamp as naive, '1999-12-31 23:59:59.999999'::timestamp as micro",
        "select interval '1 day 02:03:04.5' as iv, interval '-3 hours' as neg, '10:11:12'::time as t, '10:11:12.25+05'::timetz as ttz",
        "select true as b, null::bool as nb, '{\"a\": [1, 2.5, null], \"$t\": \"x\"}'::json as j, '{\"k\": \"v\"}'::jsonb as jb, '[1, \"two\"]'::jsonb as jl",
        "select 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid as u, array[1,2,3] as arr, array['x', null] as sarr, array['2024-01-01'::date] as darr",
        "select '\\x00ff41'::bytea as b, E'emoji \U0001F389 \u200f rtl \\\\ \"q\"' as s, '' as e",
        "select a.id, b.id, a.name as \"na\"\"me\", a.price as \"préx\" from items a join items b on a.id = b.id order by 1",
        "select * from items where 1 = 0",
        "select null::int as i, null::text as t, null::date as d, null::timestamptz as ts, null::bytea as by, null::bool as bo",
        "select '192.168.0.1'::inet as ip, 12.5::money as m",
        "select * from items where id > :min_id order by id",
    ],
    "mariadb": [
        "select * from items order by id",
        "select cast(18446744073709551615 as unsigned) as u64, -9223372036854775808 as i64min, null as n, 1 as one",
        "select cast('-838:59:59' as time) as tmin, cast('838:59:59' as time) as tmax, cast('12:30:00.5' as time(1)) as t",
        "select cast(12.50 as decimal(10,2)) as d, cast('0.000000000000000000000000000001' as decimal(65,30)) as tiny",
        "select cast('1000-01-01' as date) as lo, cast('9999-12-31' as date) as hi, cast('2024-01-02 03:04:05.123456' as datetime(6)) as dt",
        "select x'00ff41' as b, b'1' as bit1, cast(1.5 as double) as f, 1e308 as big, -0.0 as negz",
        "select json_object('a', 1, 'b', json_array(1, 2)) as j, 'emoji 🎉 \u200f' as s, '' as e",
        "select a.id, b.id, a.name as `na\"me` from items a join items b on a.id = b.id order by 1",
        "select * from items where 1 = 0",
        "select true as t, null as n, cast(null as date) as nd",
        "select * from items where id > :min_id order by id",
    ],
    "sqlite": [
        "select * from items order by id",
        "select 1 as a, 1.5 as b, 'x' as c, x'00ff' as d, null as e, 9223372036854775807 as big",
        "select v from (select 1 as v union all select 'a' union all select 2.5 union all select null union all select x'01')",
        "select a.id, b.id from items a join items b on a.id = b.id order by 1",
        "select * from items where 1 = 0",
        "select 'emoji 🎉 ' || char(8207) || ' rtl' as s, '' as e, -0.0 as z",
        "select * from items where id > :min_id order by id",
    ],
}

KW = [
    {},
    {"coerce_float": False},
    {"dtype_backend": "numpy_nullable"},
    {"index_col": "__first__"},
]


def _params(sql: str) -> dict:
    return {"min_id": 2} if ":min_id" in sql else {}


@pytest.fixture(scope="module")
def parity(databases):
    """dialect → (TestClient over an endpoint with every case, the reference engine)."""
    out = {}
    for dialect, queries in CASES.items():
        section = dict(databases[dialect])
        if dialect == "postgresql":  # a non-UTC session time zone (timestamptz → UTC in pandas)
            section["query"] = {"options": "-c timezone=Asia/Kolkata"}
        app = make_endpoint(section, queries, proxy={"max_rows": 100_000})
        ref = sa.create_engine(engine_url({k: v for k, v in section.items() if k != "type"}, base_dir=__import__("pathlib").Path(".")))
        out[dialect] = (TestClient(app), ref)
    yield out
    for client, ref in out.values():
        ref.dispose()
        client.close()


def _cases():
    for dialect, queries in CASES.items():
        for i, q in enumerate(queries):
            yield pytest.param(dialect, q, id=f"{dialect}-{i}")


@pytest.mark.parametrize("dialect,sql", list(_cases()))
def test_frame_parity(parity, dialect, sql):
    client, ref = parity[dialect]
    resp = post(client, body(sql, _params(sql)))
    assert resp.status_code == 200, resp.text
    names, rows = wire.decode_response(resp.content)
    for kw in KW:
        kw = dict(kw)
        if kw.get("index_col") == "__first__":
            if len(set(names)) != len(names) or not names:
                continue
            kw["index_col"] = names[0]
        with ref.connect() as c, warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                real = pd.read_sql(sa.text(sql), c, params=_params(sql) or None, **kw)
            except Exception as e:  # pandas itself refuses (e.g. invalid UTF-8 bytes → string dtype)
                with pytest.raises(type(e)):
                    wire.read_frame(names, rows, **kw)
                continue
        proxy = wire.read_frame(names, rows, **kw)
        pd.testing.assert_frame_equal(real, proxy, check_exact=True, obj=f"{dialect} {kw}")


def test_parse_dates_and_dtype(parity):
    client, ref = parity["sqlite"]
    sql = "select * from items order by id"
    names, rows = wire.decode_response(post(client, body(sql)).content)
    for kw in ({"parse_dates": ["name"]} if False else {"dtype": {"id": "float64"}}, {"columns": None}):
        kw.pop("columns", None)
        with ref.connect() as c:
            real = pd.read_sql(sa.text(sql), c, **kw)
        pd.testing.assert_frame_equal(real, wire.read_frame(names, rows, **kw))
    client_pg, ref_pg = parity["postgresql"]
    sql = CASES["postgresql"][4]
    names, rows = wire.decode_response(post(client_pg, body(sql)).content)
    with ref_pg.connect() as c:
        real = pd.read_sql(sa.text(sql), c, parse_dates=["hi"])
    pd.testing.assert_frame_equal(real, wire.read_frame(names, rows, parse_dates=["hi"]))


def test_chunksize_gives_the_same_chunks(parity):
    client, ref = parity["sqlite"]
    sql = "select * from items order by id"
    names, rows = wire.decode_response(post(client, body(sql)).content)
    with ref.connect() as c:
        real = list(pd.read_sql(sa.text(sql), c, chunksize=3))
    proxy = list(wire.read_frame(names, rows, chunksize=3))
    assert len(real) == len(proxy) == 3
    for a, b in zip(real, proxy):
        pd.testing.assert_frame_equal(a, b)
