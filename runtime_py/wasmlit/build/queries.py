"""Find the app's SQL at build time: the endpoint's allow list (sql-endpoint.md §2.2).

The scan (Python ``ast``, every ``.py`` file of the app) understands::

    conn = st.connection("name", ...)        # also self.conn = …, from streamlit import connection
    conn.query("select …", ttl=600, params={...})
    st.connection("name").query("select …")

The SQL must be a string literal (implicit concatenation of literals is fine). An
f-string, ``+``/``%``/``.format`` or a variable fails the build with file:line and a
hint to pass values with ``params=``. Every query is checked by the classifier
(``wasmlit.endpoint.classify``): one read-only SELECT, no denied functions.

Outputs: the endpoint's manifest (SQL text per ``(connection, query id)``), the
browser's public list (ids only, plus each connection's type), the ``st.secrets``
accesses the app makes (listed by the build: they fail in the browser).
"""

from __future__ import annotations

import ast
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .app import SECRETS, App
from .errors import BuildError
from .secret_scan import CANNOT_SEE, SecretMatcher  # noqa: F401  (SecretMatcher: the one matcher, used by site.py)

#: Inside app.zip: what the browser runtime reads (wasmlit._connections.client).
BROWSER_CONFIG = ".wasmlit/connections.json"
MANIFEST_VERSION = 1


@dataclass
class Query:
    connection: str
    sql: str
    where: str  # file:line
    ttl: Any = None
    params: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        from wasmlit._connections.wire import query_id

        return query_id(self.sql)


@dataclass
class Scan:
    queries: list[Query] = field(default_factory=list)
    connections: dict[str, str | None] = field(default_factory=dict)  # name → literal type= (or None)
    secrets_accesses: list[str] = field(default_factory=list)        # "file:line: st.secrets[...]"
    notes: list[str] = field(default_factory=list)                   # secrets files withheld, scan limits
    uses_connection: bool = False

    def by_connection(self) -> dict[str, dict[str, Query]]:
        out: dict[str, dict[str, Query]] = {}
        for q in self.queries:
            out.setdefault(q.connection, {}).setdefault(q.id, q)
        return out

    @property
    def sql_connections(self) -> list[str]:
        return sorted({q.connection for q in self.queries})


class _FileScan(ast.NodeVisitor):
    def __init__(self, rel: str, scan: Scan) -> None:
        self.rel = rel
        self.scan = scan
        self.st_modules: set[str] = set()       # names bound to the streamlit module
        self.conn_funcs: set[str] = set()       # names bound to streamlit.connection
        self.secrets_names: set[str] = set()    # names bound to streamlit.secrets
        self.vars: dict[str, set[str]] = {}     # dotted variable → connection names
        self.pending: list[ast.Call] = []

    # ---- imports
    def visit_Import(self, node: ast.Import) -> None:
        for a in node.names:
            if a.name == "streamlit":
                self.st_modules.add(a.asname or "streamlit")

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.module == "streamlit" and node.level == 0:
            for a in node.names:
                if a.name == "connection":
                    self.conn_funcs.add(a.asname or a.name)
                elif a.name == "secrets":
                    self.secrets_names.add(a.asname or a.name)

    # ---- helpers
    def _where(self, node: ast.AST) -> str:
        return f"{self.rel}:{getattr(node, 'lineno', 0)}"

    def _is_st(self, node: ast.AST) -> bool:
        return isinstance(node, ast.Name) and node.id in self.st_modules

    def _connection_call(self, node: ast.AST) -> str | None:
        """The literal name when ``node`` is ``st.connection("name", …)``."""
        if not isinstance(node, ast.Call):
            return None
        f = node.func
        if not ((isinstance(f, ast.Attribute) and f.attr == "connection" and self._is_st(f.value))
                or (isinstance(f, ast.Name) and f.id in self.conn_funcs)):
            return None
        self.scan.uses_connection = True
        arg = node.args[0] if node.args else next((k.value for k in node.keywords if k.arg == "name"), None)
        if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
            raise BuildError(f"{self._where(node)}: st.connection() needs the connection name as a string "
                             "literal so the build can route its queries (e.g. st.connection(\"my_database\"))")
        name = arg.value
        type_kw = next((k.value for k in node.keywords if k.arg == "type"), None)
        literal_type = type_kw.value if isinstance(type_kw, ast.Constant) and isinstance(type_kw.value, str) else None
        if name.startswith("env:"):
            raise BuildError(f"{self._where(node)}: st.connection(\"env:…\") cannot be resolved at build time; "
                             "use the connection's name")
        prev = self.scan.connections.get(name)
        self.scan.connections[name] = literal_type or prev
        return name

    @staticmethod
    def _dotted(node: ast.AST) -> str | None:
        parts = []
        while isinstance(node, ast.Attribute):
            parts.append(node.attr)
            node = node.value
        if isinstance(node, ast.Name):
            parts.append(node.id)
            return ".".join(reversed(parts))
        return None

    # ---- assignments: remember which variables hold which connection
    def _bind(self, targets: list[ast.AST], value: ast.AST) -> None:
        name = self._connection_call(value)
        if name is None:
            return
        for t in targets:
            d = self._dotted(t)
            if d:
                self.vars.setdefault(d, set()).add(name)

    def visit_Assign(self, node: ast.Assign) -> None:
        self._bind(node.targets, node.value)
        self.generic_visit(node)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        if node.value is not None:
            self._bind([node.target], node.value)
        self.generic_visit(node)

    def visit_NamedExpr(self, node: ast.NamedExpr) -> None:
        self._bind([node.target], node.value)
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        self._connection_call(node)
        if isinstance(node.func, ast.Attribute) and node.func.attr == "query":
            self.pending.append(node)
        self.generic_visit(node)

    def visit_Attribute(self, node: ast.Attribute) -> None:
        if node.attr == "secrets" and self._is_st(node.value):
            self.scan.secrets_accesses.append(f"{self._where(node)}: {ast.unparse(node)}")
        self.generic_visit(node)

    def visit_Name(self, node: ast.Name) -> None:
        if node.id in self.secrets_names and isinstance(node.ctx, ast.Load):
            self.scan.secrets_accesses.append(f"{self._where(node)}: {node.id}")

    # ---- after the walk: the .query() calls on connections
    def finish(self, dialects: dict[str, str | None]) -> None:
        for call in self.pending:
            target = call.func.value  # type: ignore[attr-defined]
            inline = self._connection_call(target) if isinstance(target, ast.Call) else None
            names = {inline} if inline else self.vars.get(self._dotted(target) or "", set())
            if not names:
                continue  # not a connection (e.g. DataFrame.query)
            sql_node = call.args[0] if call.args else next((k.value for k in call.keywords if k.arg == "sql"), None)
            if sql_node is None:
                raise BuildError(f"{self._where(call)}: .query() without SQL")
            if not (isinstance(sql_node, ast.Constant) and isinstance(sql_node.value, str)):
                raise BuildError(f"{self._where(call)}: the SQL passed to .query() must be a string literal, "
                                 f"not {_describe(sql_node)}. Only the app's literal queries can run on the "
                                 "endpoint; pass values as parameters instead, e.g. "
                                 "conn.query(\"select * from t where id = :id\", params={\"id\": value})")
            sql = sql_node.value
            ttl_node = next((k.value for k in call.keywords if k.arg == "ttl"), None)
            ttl = ttl_node.value if isinstance(ttl_node, ast.Constant) else None
            for name in sorted(names):
                _check_sql(sql, dialects.get(name), self._where(call))
                from wasmlit.endpoint.classify import bind_names

                self.scan.queries.append(Query(name, sql, self._where(call), ttl, bind_names(sql)))


def _describe(node: ast.AST) -> str:
    if isinstance(node, ast.JoinedStr):
        return "an f-string"
    if isinstance(node, ast.BinOp):
        return "a string built with an operator (+ or %)"
    if isinstance(node, ast.Call):
        return "the result of a call (e.g. .format())"
    if isinstance(node, ast.Name):
        return f"a variable ({node.id})"
    return f"an expression ({type(node).__name__})"


def _check_sql(sql: str, dialect: str | None, where: str) -> None:
    from wasmlit.endpoint.classify import Rejected, classify

    try:
        classify(sql, dialect)
    except Rejected as e:
        raise BuildError(f"{where}: query refused: {e}. The endpoint only runs single read-only SELECTs.") from None


# ------------------------------------------------------------------ secrets (non-secret facts only)


def local_secrets(app: App) -> dict[str, Any]:
    path = app.root / SECRETS
    if not path.is_file():
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise BuildError(f"{SECRETS} is not valid TOML: {e}") from None


def connection_dialect(section: dict[str, Any]) -> str | None:
    if section.get("url"):
        return str(section["url"]).split(":", 1)[0].split("+")[0]
    return section.get("dialect")


def sqlite_files(app: App, secrets: dict[str, Any]) -> set[str]:
    """App files that are SQLite databases named by a connection: they stay on the endpoint."""
    out: set[str] = set()
    for section in (secrets.get("connections") or {}).values():
        if not isinstance(section, dict):
            continue
        url = str(section.get("url") or "")
        if url.startswith("sqlite") and ":///" in url:
            db = url.split(":///", 1)[1].split("?")[0]
            p = Path(db)
            p = p if p.is_absolute() else app.root / p
            try:
                out.add(p.resolve().relative_to(app.root).as_posix())
            except ValueError:
                pass
    return out


# ------------------------------------------------------------------ the scan


def scan_app(app: App, secrets: dict[str, Any] | None = None) -> Scan:
    secrets = local_secrets(app) if secrets is None else secrets
    conns = secrets.get("connections") or {}
    dialects = {n: connection_dialect(s) for n, s in conns.items() if isinstance(s, dict)}
    scan = Scan()
    for rel in app.files:
        if not rel.endswith(".py"):
            continue
        source = app.path(rel).read_text(encoding="utf-8", errors="replace")
        try:
            tree = ast.parse(source, filename=rel)
        except SyntaxError:
            continue  # reported by the import scan
        fs = _FileScan(rel, scan)
        fs.visit(tree)
        fs.finish(dialects)
    scan.notes += secrets_scan_notes(secrets)
    if not app.single_file:
        from .app_files import withheld_files

        scan.notes += [f"{rel} is a secrets file: never shipped (like {SECRETS})"
                       for rel in withheld_files(app.root) if rel != SECRETS]
    for name in scan.connections:
        sec = conns.get(name) if isinstance(conns.get(name), dict) else {}
        if scan.connections[name] is None and sec.get("type"):
            scan.connections[name] = str(sec["type"])
    return scan


def browser_config(scan: Scan, endpoint_url: str | None) -> dict[str, Any]:
    """Public: the endpoint URL, each connection's type and its query ids. No SQL, no secrets."""
    by = scan.by_connection()
    conns = {}
    for name in sorted(set(scan.connections) | set(by)):
        ctype = scan.connections.get(name) or ("sql" if name in by else None)
        conns[name] = {"type": ctype, "queries": sorted(by.get(name, {}))}
    return {"v": MANIFEST_VERSION, "endpoint_url": endpoint_url, "connections": conns}


def endpoint_manifest(scan: Scan) -> dict[str, Any]:
    return {
        "v": MANIFEST_VERSION,
        "connections": {
            name: {qid: {"sql": q.sql, "params": q.params, "ttl": q.ttl, "where": q.where}
                   for qid, q in sorted(entries.items())}
            for name, entries in sorted(scan.by_connection().items())
        },
    }


def endpoint_url_from_config(app: App) -> str | None:
    cfg = app.root / ".streamlit" / "config.toml"
    if not cfg.is_file():
        return None
    try:
        data = tomllib.loads(cfg.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError):
        return None
    url = (data.get("wasmlit") or {}).get("endpointUrl")
    return str(url) if url else None


# ------------------------------------------------------------------ site integration

NO_ENDPOINT_URL = (
    "the app runs SQL with st.connection(...).query(), so the site needs the SQL endpoint's URL: "
    "pass --endpoint-url URL (or set [wasmlit] endpointUrl in .streamlit/config.toml); "
    "`build.py serve APP` runs one locally")
#: Imports that mean the app makes its own HTTP calls (→ pyodide-http's sync XHR patch).
HTTP_IMPORTS = {"requests", "urllib", "urllib3", "http"}
#: Keys whose values are not secrets (and are too common to grep for).
NOT_SECRET_KEYS = {"type", "dialect", "driver", "port", "database", "sslmode", "charset"}
#: URL query keys whose values are settings, not credentials.
NOT_SECRET_QUERY_KEYS = {"sslmode", "charset", "connect_timeout", "application_name", "driver", "ssl", "ssl_mode",
                         "target_session_attrs", "gssencmode", "client_encoding", "uri", "mode", "timeout",
                         "sslrootcert", "sslcert", "sslkey", "options", "autocommit", "read_only"}
#: Secret values shorter than this are too likely to appear by chance (e.g. "true", a port).
MIN_SECRET_LEN = 6


def browser_packages(app: App, scan: Scan, lock: Any) -> set[str]:
    """Extra Pyodide packages: pandas for query results, pyodide-http for apps' HTTP calls."""
    from .app import scan_imports

    out: set[str] = set()
    if scan.uses_connection:
        out.add("pandas")
    names: set[str] = set()
    for rel in app.files:
        if rel.endswith(".py"):
            try:
                names |= scan_imports(app.path(rel).read_text(encoding="utf-8", errors="replace"), rel)
            except SyntaxError:
                pass
    if names & HTTP_IMPORTS and lock.find("pyodide-http"):
        out.add("pyodide-http")
    return out


def build_notes(scan: Scan, kept_out: set[str]) -> list[str]:
    notes = list(scan.notes)
    for access in scan.secrets_accesses:
        notes.append(f"{access} — st.secrets holds nothing in the browser and raises there; "
                     "secrets live on the SQL endpoint")
    for rel in sorted(kept_out):
        notes.append(f"{rel} is a SQLite database named in {SECRETS}: kept out of the site (the endpoint serves it)")
    return notes


def secret_values_for_scan(secrets: dict[str, Any], min_len: int = MIN_SECRET_LEN) -> list[str]:
    """Every secret-looking value of secrets.toml (connections, plus any other table), and
    each credential part of a URL value on its own (issue 12: only the whole URL was
    compared); skipped: ``type``/``dialect``/``driver``/``port``/``database``, non-secret
    URL query keys (``sslmode``…) and the endpoint's own settings. Values shorter than
    ``min_len`` are not checked (:func:`short_secret_keys` lists them for a warning)."""
    return sorted({v for _key, v in _secret_items(secrets) if len(v) >= min_len})


def short_secret_keys(secrets: dict[str, Any], min_len: int = MIN_SECRET_LEN) -> list[str]:
    """Dotted keys (``connections.db.password``) whose non-empty value is too short to check."""
    return sorted({key for key, v in _secret_items(secrets) if 0 < len(v) < min_len})


def _secret_items(secrets: dict[str, Any]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def walk(v: Any, path: str, key: str) -> None:
        if isinstance(v, dict):
            for k, x in v.items():
                if k != "proxy":
                    walk(x, f"{path}.{k}" if path else str(k), str(k))
        elif isinstance(v, list):
            for x in v:
                walk(x, path, key)
        elif key in NOT_SECRET_KEYS or isinstance(v, bool):
            return
        elif isinstance(v, int):
            out.append((path, str(v)))
        elif isinstance(v, str):
            out.append((path, v))
            if "://" in v or "@" in v:
                out.extend((f"{path} ({part})", x) for part, x in url_secret_parts(v))

    walk({k: v for k, v in secrets.items() if k != "wasmlit"}, "", "")
    return out


def url_secret_parts(url: str) -> list[tuple[str, str]]:
    """The credential parts of a URL, each a secret of its own: password and user (raw and
    percent-decoded), ``user:password``, ``user@host``, and the query-string values except
    well-known non-secret keys."""
    from urllib.parse import parse_qsl, unquote, urlsplit

    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        return []
    out: list[tuple[str, str]] = []
    netloc = parts.netloc
    if "@" in netloc:
        userinfo = netloc.rsplit("@", 1)[0]
        user, _, password = userinfo.partition(":")
        for label, raw in (("user", user), ("password", password)):
            if raw:
                out += [(label, raw), (label, unquote(raw))]
        if password:
            out += [("user:password", userinfo), ("user:password", unquote(userinfo))]
        if user and host:
            out += [("user@host", f"{user}@{host}"), ("user@host", f"{unquote(user)}@{host}")]
    for k, v in parse_qsl(parts.query, keep_blank_values=False):
        if k.lower() not in NOT_SECRET_QUERY_KEYS:
            out.append((f"query {k}", v))
    return out


def secrets_scan_notes(secrets: dict[str, Any]) -> list[str]:
    """Build output: the values too short to check (loudly) and what the scan cannot see."""
    notes = []
    for key in short_secret_keys(secrets):
        notes.append(f"WARNING: {SECRETS} {key} is shorter than {MIN_SECRET_LEN} characters, so the build "
                     "cannot check that it stays out of the site (too likely to occur by chance); use a "
                     "longer secret")
    if secret_values_for_scan(secrets):
        notes.append(f"note: {CANNOT_SEE}")
    return notes


def scan_for_secrets(root: Path, values: list[str], skip: set[str]) -> None:
    """BuildError naming the file if any value occurs in any file under ``root``, as written
    or encoded, compressed or archived (``secret_scan``)."""
    if not values:
        return
    matcher = SecretMatcher(values)
    for f in sorted(root.rglob("*")):
        rel = f.relative_to(root).as_posix()
        if not f.is_file() or rel in skip:
            continue
        matcher.check(rel, f.read_bytes())


# ------------------------------------------------------------------ the deployable endpoint


ENTRY = '''"""ASGI entry of the wasmlit SQL endpoint for {title}. Generated by `build.py build`.

    uvicorn main:app --host 0.0.0.0 --port 8080            # any ASGI server
    handler = Mangum(app, lifespan="off")                  # AWS Lambda (below, if mangum is installed)

Secrets: WASMLIT_SECRETS_FILE=/path/secrets.toml or WASMLIT_SECRETS_TOML="<the TOML text>".
Allowed site origins: endpoint.json, [wasmlit.endpoint] allowed_origins, or WASMLIT_ALLOWED_ORIGINS.
"""

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from wasmlit.endpoint import app_from_dir  # noqa: E402

app = app_from_dir(HERE)

try:  # AWS Lambda: set the function's handler to main.handler
    from mangum import Mangum
except ImportError:
    handler = None
else:
    handler = Mangum(app, lifespan="off")
'''

VENDORED = ["_connections/wire/__init__.py", "_connections/wire/kinds.py", "_connections/wire/encode.py",
            "_connections/wire/decode.py", "_connections/wire/frame.py",
            "endpoint/__init__.py", "endpoint/app.py", "endpoint/config.py", "endpoint/db.py",
            "endpoint/ratelimit.py", "endpoint/classify.py", "endpoint/functions.py", "endpoint/server.py",
            "endpoint/privileges.py", "endpoint/params.py"]


def endpoint_requirements(secrets: dict[str, Any], scan: Scan) -> list[str]:
    # sqlglot: the endpoint re-checks its manifest against the function allow list at start-up.
    reqs = ["sqlalchemy>=2,<3", "uvicorn", "sqlglot"]
    dialects = {connection_dialect(s) or "" for n, s in (secrets.get("connections") or {}).items()
                if isinstance(s, dict) and n in scan.sql_connections}
    if not dialects or any(d.startswith("postgres") for d in dialects) or "" in dialects:
        reqs.append("psycopg[binary]>=3")
    if not dialects or any(d in ("mysql", "mariadb") for d in dialects) or "" in dialects:
        reqs.append("pymysql")
    ep = (secrets.get("wasmlit") or {}).get("endpoint") or {}
    if str(ep.get("rate_limit_store", "")).startswith("redis"):
        reqs.append("redis")
    reqs.append("# AWS Lambda: mangum")
    return reqs


def write_endpoint_dir(out: Path, app: App, scan: Scan, settings: dict[str, Any]) -> Path:
    """DIR-endpoint/: main.py (ASGI ``app``, Lambda ``handler``), queries.json, endpoint.json,
    requirements.txt, the vendored endpoint package, and the SQLite files the secrets name by a
    relative path (the endpoint serves them; the site never gets them). Never any secret."""
    import json
    import shutil

    pkg = Path(__file__).resolve().parents[1]
    out = Path(out)
    if out.exists():
        if not (out / "queries.json").is_file() and any(out.iterdir()):
            raise BuildError(f"endpoint folder {out} is not empty and is not a wasmlit endpoint")
        shutil.rmtree(out)
    out.mkdir(parents=True)
    secrets = local_secrets(app)
    (out / "main.py").write_text(ENTRY.format(title=app.title), encoding="utf-8")
    (out / "queries.json").write_text(json.dumps(endpoint_manifest(scan), indent=1) + "\n", encoding="utf-8")
    (out / "endpoint.json").write_text(json.dumps({"v": 1, "app": app.title, "settings": settings}, indent=1) + "\n",
                                       encoding="utf-8")
    (out / "requirements.txt").write_text("\n".join(endpoint_requirements(secrets, scan)) + "\n", encoding="utf-8")
    (out / "wasmlit").mkdir()
    (out / "wasmlit" / "__init__.py").write_text('"""Vendored from wasmlit: the SQL endpoint only."""\n',
                                                 encoding="utf-8")
    (out / "wasmlit" / "_connections").mkdir()
    (out / "wasmlit" / "_connections" / "__init__.py").write_text("", encoding="utf-8")
    (out / "wasmlit" / "endpoint").mkdir()
    for rel in VENDORED:
        (out / "wasmlit" / rel).parent.mkdir(exist_ok=True)
        shutil.copyfile(pkg / rel, out / "wasmlit" / rel)
    for rel in sorted(sqlite_files(app, secrets)):
        dest = out / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(app.root / rel, dest)
    scan_for_secrets(out, [v for v in secret_values_for_scan(secrets)], skip=set(sqlite_files(app, secrets)))
    return out
