"""Engines from Streamlit's secrets fields, the per-dialect safety recipes, and running
one allow-listed query into wire-format bytes (sql-endpoint.md §2.5).

Every request: pool checkout (fast ``busy`` when the pool is exhausted) → a read-only
transaction with a server-side statement timeout → ``fetchmany`` batches encoded as
they arrive, with row / byte / value caps → ROLLBACK, always. A connection that hit a
cap, a timeout or a driver error is discarded, never returned to the pool.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import URL, Engine, make_url

from wasmlit._connections.wire import ResultEncoder, ValueTooLarge

from .config import ConfigError, EndpointConfig, Limits

log = logging.getLogger("wasmlit.endpoint")

_URL_FIELDS = ("url", "driver", "dialect", "username", "password", "host", "port", "database", "query")
_STREAMLIT_ONLY = ("type", "autocommit", "create_engine_kwargs")


class QueryFailed(Exception):
    """Carries a stable wire error code; ``detail`` goes to the server log only."""

    def __init__(self, code: str, detail: str = "", message: str | None = None) -> None:
        super().__init__(code)
        self.code = code
        self.detail = detail
        self.message = message


# ------------------------------------------------------------------ engines


def engine_url(section: dict[str, Any], base_dir: Path) -> URL:
    """Streamlit's rules (``url`` wins; else dialect/username/host required), with the
    drivers the endpoint ships as defaults, and SQLite opened read-only."""
    if not section:
        raise ConfigError("Missing SQL DB connection configuration.")
    if section.get("url"):
        url = make_url(section["url"])
    else:
        for p in ("dialect", "username", "host"):
            if p not in section:
                raise ConfigError(f"The `{p}` parameter is required.")
        driver = section.get("driver")
        url = URL.create(
            drivername=section["dialect"] + (f"+{driver}" if driver else ""),
            username=section["username"], password=section.get("password"), host=section["host"],
            port=int(section["port"]) if section.get("port") else None,
            database=section.get("database"), query=dict(section.get("query") or {}),
        )
    backend = url.get_backend_name()
    if "+" not in url.drivername:
        if backend == "postgresql" and not _importable("psycopg2"):
            url = url.set(drivername="postgresql+psycopg")
        elif backend in ("mysql", "mariadb") and not _importable("MySQLdb"):
            url = url.set(drivername=f"{backend}+pymysql")
    if backend == "sqlite":
        db = url.database or ""
        if db in ("", ":memory:") or db.startswith("file:"):
            raise ConfigError("SQLite: the endpoint needs a database file (sqlite:///path/to/file.db)")
        path = Path(db)
        if not path.is_absolute():
            path = (base_dir / path).resolve()
        url = url.set(database=f"file:{path}?mode=ro", query={"uri": "true"})
    return url


def _importable(mod: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(mod) is not None


def create_engine(name: str, section: dict[str, Any], limits: Limits, base_dir: Path) -> Engine:
    url = engine_url(section, base_dir)
    backend = url.get_backend_name()
    kwargs: dict[str, Any] = dict(section.get("create_engine_kwargs") or {})
    connect_args: dict[str, Any] = dict(kwargs.pop("connect_args", {}) or {})
    # Safety settings are ours: they override the user's create_engine_kwargs.
    for k in ("isolation_level", "echo", "echo_pool", "poolclass", "execution_options"):
        kwargs.pop(k, None)
    if backend == "postgresql":
        connect_args.setdefault("connect_timeout", max(1, int(limits.connect_timeout)))
        connect_args.setdefault("application_name", "wasmlit-endpoint")
    elif backend in ("mysql", "mariadb"):
        connect_args.update(connect_timeout=limits.connect_timeout,
                            read_timeout=limits.statement_timeout + 2,
                            write_timeout=limits.statement_timeout + 2,
                            local_infile=False, charset=connect_args.get("charset", "utf8mb4"))
    elif backend == "sqlite":
        connect_args.update(check_same_thread=False, timeout=limits.connect_timeout)
    kwargs.update(pool_size=limits.pool_size, max_overflow=0, pool_timeout=limits.pool_timeout,
                  pool_pre_ping=True, pool_recycle=limits.pool_recycle, hide_parameters=True,
                  connect_args=connect_args)
    if backend == "sqlite":
        kwargs.pop("pool_recycle")
        kwargs["poolclass"] = sa.pool.QueuePool
    engine = sa.create_engine(url, **kwargs)
    _install_recipe(engine, backend, limits)
    return engine


def _mysql_session(dbapi_conn: Any, timeout: float) -> None:
    cur = dbapi_conn.cursor()
    try:
        # Session-wide, not only per transaction: DDL commits implicitly and would
        # otherwise run outside START TRANSACTION READ ONLY (checked on MariaDB 10.11).
        cur.execute("SET SESSION TRANSACTION READ ONLY")
        info = dbapi_conn.get_server_info()
        if "mariadb" in info.lower():
            cur.execute(f"SET SESSION max_statement_time = {timeout:.3f}")
        else:
            cur.execute(f"SET SESSION max_execution_time = {int(timeout * 1000)}")
    finally:
        cur.close()


def _install_recipe(engine: Engine, backend: str, limits: Limits) -> None:
    timeout = limits.statement_timeout
    _install_reset(engine, backend, timeout)

    if backend in ("mysql", "mariadb"):
        @event.listens_for(engine, "connect")
        def _mysql_connect(dbapi_conn, _rec):  # noqa: ANN001
            _mysql_session(dbapi_conn, timeout)

    elif backend == "sqlite":
        @event.listens_for(engine, "connect")
        def _sqlite_connect(dbapi_conn, _rec):  # noqa: ANN001
            dbapi_conn.execute("PRAGMA query_only = ON")
            dbapi_conn.set_authorizer(_sqlite_authorizer)
            try:
                import sqlite3

                dbapi_conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, limits.max_value_bytes + 1024)
            except (AttributeError, ImportError):
                pass


_COM_RESET_CONNECTION = 0x1F  # MySQL ≥ 5.7.3, MariaDB ≥ 10.2.4


def _install_reset(engine: Engine, backend: str, timeout: float) -> None:
    """Reset every pooled connection when it goes back to the pool, so nothing a request did
    outlives it. SQLAlchemy's own ``reset_on_return`` only rolls back: a session-level
    advisory lock (``pg_advisory_lock_shared``), a ``GET_LOCK`` lock, a user variable, a temp
    table or a prepared statement would survive into the next request. Runs before that
    rollback; if it raises, SQLAlchemy discards the connection instead of pooling it."""
    if backend == "postgresql":
        @event.listens_for(engine.pool, "reset")
        def _pg_reset(dbapi_conn, _rec, state):  # noqa: ANN001
            if not state.asyncio_safe or state.terminate_only:
                return
            dbapi_conn.rollback()
            # DISCARD ALL refuses to run in a transaction block; psycopg clears its prepared
            # statement cache when it sees DISCARD ALL. Startup parameters survive (RESET ALL
            # returns to them).
            dbapi_conn.autocommit = True
            try:
                dbapi_conn.execute("DISCARD ALL")
            finally:
                dbapi_conn.autocommit = False

    elif backend in ("mysql", "mariadb"):
        @event.listens_for(engine.pool, "reset")
        def _mysql_reset(dbapi_conn, _rec, state):  # noqa: ANN001
            if not state.asyncio_safe or state.terminate_only:
                return
            dbapi_conn.rollback()
            # COM_RESET_CONNECTION (PyMySQL has no API for it): releases GET_LOCK locks, user
            # variables, temp tables, prepared statements; also our SESSION settings, so the
            # session recipe runs again.
            dbapi_conn._execute_command(_COM_RESET_CONNECTION, b"")
            dbapi_conn._read_ok_packet()
            dbapi_conn.autocommit(False)
            _mysql_session(dbapi_conn, timeout)


# sqlite3 authorizer: reads only. Action codes from sqlite3.h.
_SQLITE_READ, _SQLITE_SELECT, _SQLITE_FUNCTION, _SQLITE_RECURSIVE = 20, 21, 31, 33
SQLITE_DENIED_FUNCTIONS = frozenset({
    "load_extension", "readfile", "writefile", "edit", "fts3_tokenizer", "zeroblob", "randomblob",
    "sqlite_compileoption_get", "http_get", "http_post", "sleep",
})


def _sqlite_authorizer(action: int, arg1: Any, arg2: Any, _db: Any, _trigger: Any) -> int:
    if action in (_SQLITE_READ, _SQLITE_SELECT, _SQLITE_RECURSIVE):
        return 0
    if action == _SQLITE_FUNCTION:
        return 1 if str(arg2).lower() in SQLITE_DENIED_FUNCTIONS else 0
    return 1  # SQLITE_DENY: writes, PRAGMA, ATTACH, DETACH, transactions…


# ------------------------------------------------------------------ running


class InflightBytes:
    """Process-wide budget of result bytes being built (libSQL's TOTAL_RESPONSE_SIZE idea)."""

    def __init__(self, cap: int) -> None:
        self.cap = cap
        self.used = 0
        self._lock = threading.Lock()

    def take(self, n: int) -> bool:
        with self._lock:
            if self.used + n > self.cap:
                return False
            self.used += n
            return True

    def give(self, n: int) -> None:
        with self._lock:
            self.used -= n


@dataclass
class Outcome:
    body: bytes
    rows: int


class Database:
    """The engines of one endpoint, created lazily (no lifespan needed)."""

    def __init__(self, config: EndpointConfig) -> None:
        self.config = config
        self._engines: dict[str, Engine] = {}
        self._lock = threading.Lock()
        self.inflight = InflightBytes(config.settings.max_inflight_bytes)
        self.checkouts = 0  # pool checkouts, for tests ("zero checkouts" on refused requests)

    def engine(self, name: str) -> Engine:
        eng = self._engines.get(name)
        if eng is None:
            with self._lock:
                eng = self._engines.get(name)
                if eng is None:
                    eng = create_engine(name, self.config.connections[name], self.config.limits_for(name),
                                        self.config.base_dir)
                    self._engines[name] = eng
        return eng

    def dispose(self) -> None:
        for eng in self._engines.values():
            eng.dispose()
        self._engines.clear()

    def run(self, name: str, sql: str, params: dict[str, Any], request_id: str) -> Outcome:
        limits = self.config.limits_for(name)
        t0 = time.perf_counter()
        try:
            eng = self.engine(name)
        except ConfigError as e:
            raise QueryFailed("db_unavailable", f"engine config: {e}") from None
        except Exception as e:  # e.g. a driver that is not installed
            raise QueryFailed("db_unavailable", f"engine: {type(e).__name__}: {e}") from None
        backend = eng.url.get_backend_name()
        try:
            self.checkouts += 1
            conn = eng.connect()
        except sa.exc.TimeoutError:
            raise QueryFailed("busy", "pool exhausted") from None
        except sa.exc.DBAPIError as e:
            code = _classify(e, backend)
            raise QueryFailed("busy" if code == "busy" else "db_unavailable", _detail(e)) from None
        reserved = 0
        discard = False
        result = None
        try:
            try:
                _begin(conn, backend, limits)
                stream = conn.execution_options(stream_results=True, max_row_buffer=limits.fetch_batch) \
                    if backend != "sqlite" else conn
                result = stream.execute(sa.text(sql), params)
                if not result.returns_rows:
                    discard = True  # whatever it was (SET, DO…), its session state goes with the connection
                    raise QueryFailed("db_error", "statement returned no rows")
                enc = ResultEncoder(list(result.keys()), max_value_bytes=limits.max_value_bytes)
                while True:
                    if time.perf_counter() - t0 > limits.statement_timeout:
                        discard = True
                        raise QueryFailed("timeout", "fetch exceeded statement_timeout")
                    batch = result.fetchmany(limits.fetch_batch)
                    if not batch:
                        break
                    if enc.row_count + len(batch) > limits.max_rows:
                        discard = True
                        raise QueryFailed("result_too_large", f"over max_rows={limits.max_rows}",
                                          f"The result has more than {limits.max_rows} rows (the endpoint's "
                                          "max_rows; raise it in [connections.NAME.proxy] or add a LIMIT).")
                    before = enc.nbytes
                    try:
                        size = enc.add(batch)
                    except ValueTooLarge:
                        discard = True
                        raise QueryFailed("result_too_large", "value over max_value_bytes",
                                          f"A value is larger than {limits.max_value_bytes} bytes (the "
                                          "endpoint's max_value_bytes).") from None
                    if size > limits.max_response_bytes:
                        discard = True
                        raise QueryFailed("result_too_large", f"over max_response_bytes={limits.max_response_bytes}",
                                          f"The result is larger than {limits.max_response_bytes} bytes (the "
                                          "endpoint's max_response_bytes; raise it in [connections.NAME.proxy] "
                                          "or select fewer rows).")
                    if not self.inflight.take(size - before):
                        discard = True
                        raise QueryFailed("busy", "in-flight byte budget exhausted")
                    reserved += size - before
                elapsed = round((time.perf_counter() - t0) * 1000, 1)
                body = enc.finish(elapsed_ms=elapsed, request_id=request_id)
                return Outcome(body, enc.row_count)
            except QueryFailed:
                raise
            except sa.exc.DBAPIError as e:
                discard = discard or e.connection_invalidated or _classify(e, backend) != "db_error"
                code = _classify(e, backend)
                if code == "db_error" and params and _data_exception(e, backend):
                    # A visitor-chosen value the database cannot take (out of range, bad
                    # format, division by a zero parameter): the request's fault, a 400.
                    raise QueryFailed("bad_param", _detail(e)) from None
                raise QueryFailed(code, _detail(e), _db_error_message(e) if code == "db_error" else None) from None
            except sa.exc.StatementError as e:  # e.g. a bind parameter SQLAlchemy refused
                raise QueryFailed("bad_param", f"{type(e).__name__}") from None
            except (UnicodeDecodeError, ValueError, OverflowError) as e:  # undecodable driver value
                discard = True
                raise QueryFailed("db_error", f"{type(e).__name__}: {e}") from None
        finally:
            if reserved:
                self.inflight.give(reserved)
            if discard and result is not None:
                _abandon_unbuffered(result)
            _end(conn, backend, discard)


def _begin(conn: sa.Connection, backend: str, limits: Limits) -> None:
    ms = int(limits.statement_timeout * 1000)
    if backend == "postgresql":
        # One round trip (no parameters, so psycopg sends it as one simple query).
        conn.exec_driver_sql(f"SET TRANSACTION READ ONLY; SET LOCAL statement_timeout = {ms}; "
                             f"SET LOCAL lock_timeout = {ms}; "
                             f"SET LOCAL idle_in_transaction_session_timeout = {ms + 2000}")
    elif backend in ("mysql", "mariadb"):
        conn.exec_driver_sql("START TRANSACTION READ ONLY")
    elif backend == "sqlite":
        raw = conn.connection.driver_connection
        deadline = time.monotonic() + limits.statement_timeout
        raw.set_progress_handler(lambda: 1 if time.monotonic() > deadline else 0, 1000)


def _abandon_unbuffered(result: Any) -> None:
    """PyMySQL's unbuffered cursor drains the rest of the result when closed (a 25M-row cross
    join would be read to the end). The connection is discarded instead, so tell the cursor
    there is nothing left to read."""
    cur = getattr(result, "cursor", None)
    res = getattr(cur, "_result", None)
    if res is not None and hasattr(res, "unbuffered_active"):
        res.unbuffered_active = False
        try:
            cur.connection = None
        except Exception:
            pass


def _end(conn: sa.Connection, backend: str, discard: bool) -> None:
    try:
        if discard and backend != "sqlite":
            conn.invalidate()  # never drain a huge unbuffered result; the socket just closes
        else:
            if backend == "sqlite":
                raw = conn.connection.driver_connection
                if raw is not None:
                    raw.set_progress_handler(None, 0)
            conn.rollback()
    except Exception as e:  # a broken connection: make sure it never returns to the pool
        log.debug("discarding connection after %s", type(e).__name__)
        try:
            conn.invalidate()
        except Exception:
            pass
    finally:
        try:
            conn.close()
        except Exception:
            pass


# ------------------------------------------------------------------ errors


_PG_UNAVAILABLE_CLASSES = ("08", "28", "3D", "57P")
_MYSQL_TIMEOUT = {1969, 3024, 1317}
_MYSQL_BUSY = {1040, 1203, 1226}
_MYSQL_UNAVAILABLE = {1044, 1045, 1049, 1130, 2002, 2003, 2005, 2006, 2055}


def _classify(e: sa.exc.DBAPIError, backend: str) -> str:
    orig = e.orig
    if backend == "postgresql":
        state = getattr(orig, "sqlstate", None) or ""
        if state == "57014":
            return "timeout"
        if state in ("53300", "53400") or state.startswith("53"):
            return "busy"
        if state.startswith(_PG_UNAVAILABLE_CLASSES):
            return "db_unavailable"
        if not state and type(orig).__name__ in ("OperationalError", "InterfaceError"):
            return "db_unavailable"  # no SQLSTATE: the client could not reach the server
        return "db_error"
    if backend in ("mysql", "mariadb"):
        errno = orig.args[0] if getattr(orig, "args", None) and isinstance(orig.args[0], int) else 0
        if errno in _MYSQL_TIMEOUT:
            return "timeout"
        if errno in _MYSQL_BUSY:
            return "busy"
        if errno == 2013:  # lost connection while reading: the driver's read timeout
            return "timeout"
        if errno in _MYSQL_UNAVAILABLE or errno == 0:
            return "db_unavailable"
        return "db_error"
    if backend == "sqlite":
        msg = str(orig).lower()
        if "interrupted" in msg:
            return "timeout"
        if "unable to open" in msg or "locked" in msg or "disk i/o" in msg:
            return "db_unavailable"
        return "db_error"
    return "db_error"


_MYSQL_DATA_ERRORS = {1264, 1292, 1365, 1366, 1406, 1690, 3140}


def _data_exception(e: sa.exc.DBAPIError, backend: str) -> bool:
    orig = e.orig
    if backend == "postgresql":
        return (getattr(orig, "sqlstate", None) or "").startswith("22")
    if backend in ("mysql", "mariadb"):
        args = getattr(orig, "args", ())
        return bool(args) and args[0] in _MYSQL_DATA_ERRORS
    return isinstance(e, sa.exc.DataError)


def _db_error_message(e: sa.exc.DBAPIError) -> str:
    orig = e.orig
    state = getattr(orig, "sqlstate", None)
    if state:
        return f"The database rejected the query (SQLSTATE class {state[:2]})."
    args = getattr(orig, "args", ())
    if args and isinstance(args[0], int):
        return f"The database rejected the query (error {args[0]})."
    return "The database rejected the query."


def _detail(e: BaseException) -> str:
    orig = getattr(e, "orig", None) or e
    return f"{type(orig).__module__}.{type(orig).__name__}: {orig}"[:2000]


def scrub(text: str, secrets: tuple[str, ...]) -> str:
    for s in secrets:
        if s and s in text:
            text = text.replace(s, "***")
    return text


def pid() -> int:
    return os.getpid()
