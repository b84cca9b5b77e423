"""The browser side through AppTest (st.connection / SQLConnection / BaseConnection /
st.secrets, caching) and the build side (query extraction, non-literal SQL, the secret
scan of every output file, the deployable endpoint folder)."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from wasmlit._connections import client as wclient
from wasmlit._connections import wire
from wasmlit.build.app import load_app
from wasmlit.build.errors import BuildError
from wasmlit.build.queries import browser_config, endpoint_manifest, scan_app, scan_for_secrets
from wasmlit.testing import AppTest

REPO = Path(__file__).resolve().parents[2]
SECRET_PW = "s3cr3t-canary-password-77"


def make_app(tmp: Path, source: str, *, secrets: str | None = None, files: dict[str, str] | None = None) -> Path:
    app = tmp / "app"
    (app / ".streamlit").mkdir(parents=True)
    (app / "app.py").write_text(textwrap.dedent(source))
    db = sqlite3.connect(app / "data.db")
    db.execute("create table my_table (id integer, name text, amount numeric)")
    db.executemany("insert into my_table values (?, ?, ?)", [(1, "a", 1.5), (2, "b", None), (3, "c", 7)])
    db.commit()
    db.close()
    (app / ".streamlit" / "secrets.toml").write_text(secrets if secrets is not None else textwrap.dedent(f"""
        [connections.my_database]
        type = "sql"
        url = "sqlite:///data.db"
        [connections.other]
        type = "sql"
        dialect = "postgresql"
        username = "someone"
        password = "{SECRET_PW}"
        host = "db.internal.example"
        """))
    for rel, text in (files or {}).items():
        (app / rel).parent.mkdir(parents=True, exist_ok=True)
        (app / rel).write_text(textwrap.dedent(text))
    return app


@pytest.fixture(autouse=True)
def fresh_client_config():
    wclient.configure(None)
    yield
    wclient.configure(None)


SEED = """
import streamlit as st
conn = st.connection("my_database")
df = conn.query("select * from my_table")
st.write(df.to_dict())
"""


def test_seed_example_headless(tmp_path):
    at = AppTest.from_file(make_app(tmp_path, SEED) / "app.py").run()
    assert not at.exception
    assert json.loads(json.dumps(at.json[0].value)) if at.json else True


def test_query_params_ttl_index_col_and_cache(tmp_path):
    app = make_app(tmp_path, """
        import streamlit as st
        calls = st.session_state.setdefault("n", 0)
        conn = st.connection("my_database")
        a = conn.query("select * from my_table where id >= :lo order by id", params={"lo": 2}, ttl=60,
                       index_col="id")
        st.text(f"{list(a.index)} {list(a['name'])} {a['amount'].dtype}")
        st.text(str(conn.query("select count(*) as n from my_table")["n"][0]))
        """)
    at = AppTest.from_file(app / "app.py").run()
    assert not at.exception, at.exception
    assert at.text[0].value == "[2, 3] ['b', 'c'] float64"
    assert at.text[1].value == "3"
    # cached: the second run does not go to the endpoint
    real = wclient.post_query
    calls = []
    wclient.post_query = lambda *a, **k: calls.append(a) or real(*a, **k)
    try:
        at.run()
    finally:
        wclient.post_query = real
    assert not at.exception and calls == []


def test_unknown_query_and_non_literal_sql_errors(tmp_path):
    app = make_app(tmp_path, """
        import streamlit as st
        conn = st.connection("my_database")
        table = "my_table"
        st.write(conn.query("select * from " + table))
        """)
    with pytest.raises(BuildError, match=r"app.py:5: the SQL passed to .query\(\) must be a string literal.*params="):
        scan_app(load_app(app))
    (app / "app.py").write_text("import streamlit as st\nq = 'select 1'\nst.write(st.connection('my_database', type='sql')._instance)\n"
                                "st.connection('my_database').query(q if False else 'select 2')\n")
    with pytest.raises(BuildError):
        scan_app(load_app(app))


def test_query_not_found_by_build_raises_clear_error(tmp_path):
    app = make_app(tmp_path, """
        import streamlit as st
        def run(c):  # the build cannot tell that c is a connection: this query is not extracted
            return c.query("select 1 as x")
        st.write(run(st.connection("my_database")))
        """)
    at = AppTest.from_file(app / "app.py").run()
    assert "not found in the app by the build" in at.exception[0].value


def test_secrets_and_base_connection_in_the_browser(tmp_path):
    app = make_app(tmp_path, """
        import streamlit as st
        from streamlit.connections import BaseConnection

        class Mine(BaseConnection[dict]):
            def _connect(self, **kwargs):
                return {"made": kwargs.get("x", 0), "keys": len(self._secrets)}
            def value(self):
                return self._instance["made"]

        c = st.connection("mine", type=Mine, x=5)
        assert c is st.connection("mine", type=Mine, x=5)
        st.text(f"{c.value()} {c._instance['keys']}")
        c.reset()
        st.text(str(c.value()))
        try:
            c.items()
        except AttributeError as e:
            st.text(str(e))
        st.secrets["connections"]
        """)
    at = AppTest.from_file(app / "app.py").run()
    assert [t.value for t in at.text] == ["5 0", "5", "`items` doesn't exist here, but you can call `._instance.items` instead"]
    assert at.exception[0].type_name == "SecretsNotInBrowserError"
    assert "secrets live on the SQL endpoint" in at.exception[0].value


def test_connection_type_errors(tmp_path):
    at = AppTest.from_string("""
        import streamlit as st
        for t in ("nope", dict):
            try:
                st.connection("x", type=t)
            except Exception as e:
                st.text(str(e))
        """).run()
    assert at.text[0].value.startswith("Invalid connection 'nope'. Supported connection classes:")
    assert at.text[1].value == "<class 'dict'> is not a subclass of BaseConnection!"


def test_extraction_patterns(tmp_path):
    app = make_app(tmp_path, '''
        import streamlit as st
        from streamlit import connection as conn_fn
        conn = st.connection("my_database")
        df = conn.query("""select *
            from my_table""", ttl=600)
        st.connection("my_database").query("select 1 as x")
        other = conn_fn("other")
        other.query("select * from t where a = :a and b = :b", params={"a": 1, "b": 2})
        conn.query("select 1 as x")
        import pandas as pd
        pd.DataFrame({"a": [1]}).query("a > 0")
        st.secrets["api_key"]
        ''', files={"pages/p.py": 'import streamlit as st\nst.connection("my_database").query("select 2 as y")\n'})
    scan = scan_app(load_app(app))
    by = scan.by_connection()
    assert sorted(q.sql for q in by["my_database"].values()) == ["select *\n    from my_table", "select 1 as x",
                                                                   "select 2 as y"]
    assert [q.ttl for q in by["my_database"].values() if "my_table" in q.sql] == [600]
    assert [q.params for q in by["other"].values()] == [["a", "b"]]
    assert any("st.secrets" in a and "app.py:13" in a for a in scan.secrets_accesses)
    pub = browser_config(scan, "https://e.example")
    assert "sql" not in json.dumps(pub).replace('"sql"', "")  # ids only, no SQL text
    assert set(endpoint_manifest(scan)["connections"]) == {"my_database", "other"}


@pytest.mark.parametrize("sql", ["select 1; drop table x", "delete from my_table", "select sleep(1)"])
def test_build_refuses_unsafe_sql(tmp_path, sql):
    app = make_app(tmp_path, f'import streamlit as st\nst.connection("my_database").query({sql!r})\n')
    with pytest.raises(BuildError, match="app.py:2: query refused"):
        scan_app(load_app(app))


def test_secret_scan_reads_every_file_and_zip_member(tmp_path):
    import zipfile

    (tmp_path / "ok.txt").write_text("nothing")
    scan_for_secrets(tmp_path, [SECRET_PW], set())
    with zipfile.ZipFile(tmp_path / "x.zip", "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("inner.json", json.dumps({"a": SECRET_PW * 3}))
    with pytest.raises(BuildError, match=r"x\.zip \(zip member inner\.json\) contains a value"):
        scan_for_secrets(tmp_path, [SECRET_PW], set())
    scan_for_secrets(tmp_path, [SECRET_PW], {"x.zip"})


@pytest.mark.skipif(not (REPO / "web" / "dist" / "index.html").is_file(), reason="needs web/dist (make web)")
def test_build_site_and_endpoint_dir(tmp_path):
    app = make_app(tmp_path, SEED + "\nimport urllib.request\n")
    out = tmp_path / "dist"
    proc = subprocess.run([sys.executable, str(REPO / "build.py"), "build", str(app), "--out", str(out),
                           "--endpoint-url", "https://sql.example/api", "--allowed-origin", "https://site.example"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr + proc.stdout
    manifest = json.loads((out / "wasmlit" / "manifest.json").read_text())
    assert {"pandas", "pyodide-http"} <= set(manifest["packages"])
    lock = json.loads(next((out / "pyodide").glob("pyodide-lock.json")).read_text())
    assert lock["packages"]["pyodide-http"]["version"] == "0.2.2"
    assert (out / "pyodide" / lock["packages"]["pyodide-http"]["file_name"]).is_file()
    import zipfile

    with zipfile.ZipFile(out / "wasmlit" / "app.zip") as zf:
        names = zf.namelist()
        pub = json.loads(zf.read(".wasmlit/connections.json"))
    assert "data.db" not in names and ".streamlit/secrets.toml" not in names
    assert pub["endpoint_url"] == "https://sql.example/api"
    for f in out.rglob("*"):
        if f.is_file():
            assert SECRET_PW.encode() not in f.read_bytes(), f
    edir = tmp_path / "dist-endpoint"
    assert {p.name for p in edir.iterdir()} >= {"main.py", "queries.json", "endpoint.json", "requirements.txt",
                                                "wasmlit", "data.db"}
    assert SECRET_PW not in "".join(p.read_text(errors="ignore") for p in edir.rglob("*") if p.is_file())
    # the built endpoint runs on its own (vendored package, secrets from the environment)
    code = ("import sys, json; sys.path.insert(0, '.'); import main; from starlette.testclient import TestClient;"
            "q = json.load(open('queries.json'))['connections']['my_database'];"
            "r = TestClient(main.app).post('/v1/query', json={'v': 1, 'connection': 'my_database', "
            "'query_id': next(iter(q)), 'params': {}}, headers={'origin': 'https://site.example'});"
            "print(r.status_code, r.headers['access-control-allow-origin'])")
    env = {"WASMLIT_SECRETS_FILE": str(app / ".streamlit" / "secrets.toml"), "PATH": "/usr/bin:/bin"}
    run = subprocess.run([sys.executable, "-c", code], cwd=edir, capture_output=True, text=True, env=env, timeout=60)
    assert run.stdout.strip() == "200 https://site.example", run.stderr
    # no endpoint URL: the build says how to fix it
    proc = subprocess.run([sys.executable, str(REPO / "build.py"), "build", str(app), "--out", str(tmp_path / "d2")],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1 and "--endpoint-url" in proc.stderr


@pytest.mark.skipif(not (REPO / "web" / "dist" / "index.html").is_file(), reason="needs web/dist (make web)")
def test_build_fails_when_a_secret_would_ship(tmp_path):
    app = make_app(tmp_path, SEED, files={"notes.md": f"password is {SECRET_PW}\n"})
    proc = subprocess.run([sys.executable, str(REPO / "build.py"), "build", str(app), "--out", str(tmp_path / "d"),
                           "--endpoint-url", "https://x"], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1 and "notes.md contains a value from .streamlit/secrets.toml" in proc.stderr


def test_mangum_lambda_event(tmp_path, databases):
    from sqlep_support import body, make_endpoint
    from mangum import Mangum

    sql = "select id from items order by id"
    handler = Mangum(make_endpoint(databases["sqlite"], [sql]), lifespan="off")
    event = {"version": "2.0", "routeKey": "$default", "rawPath": "/v1/query", "rawQueryString": "",
             "headers": {"content-type": "application/json", "origin": "https://app.example"},
             "requestContext": {"http": {"method": "POST", "path": "/v1/query", "sourceIp": "10.1.1.1",
                                         "protocol": "HTTP/1.1"}, "accountId": "1", "apiId": "a", "domainName": "d",
                                "domainPrefix": "d", "requestId": "r", "routeKey": "$default", "stage": "$default",
                                "time": "t", "timeEpoch": 0},
             "body": json.dumps(body(sql)), "isBase64Encoded": False}
    resp = handler(event, None)
    assert resp["statusCode"] == 200
    names, rows = wire.decode_response(resp["body"])
    assert rows[:2] == [(1,), (2,)]
