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
