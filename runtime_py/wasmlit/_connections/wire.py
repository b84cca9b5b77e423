"""The SQL endpoint's wire format (v1), used by BOTH sides: the endpoint encodes, the
browser decodes. Standard library only (pandas is imported by :func:`read_frame` alone).

Request  ``POST <endpoint>/v1/query``, ``Content-Type: application/json``::

    {"v": 1, "connection": "my_database", "query_id": "sha256:…", "params": {"name": value}}

Success (200)::

    {"v": 1, "columns": [{"name": "id", "kind": "int", "db_type": "…"}, …],
     "rows": [[…], …], "row_count": n, "elapsed_ms": t, "request_id": "…"}

Error (4xx/5xx)::

    {"v": 1, "error": {"code": "…", "message": "…", "retryable": bool}, "request_id": "…"}

Values. ``kind`` is the Python type the DB-API driver returned (not the SQL type):
pandas only ever sees those Python values, so decoding them back to the *same* objects
and feeding them through the real ``pd.read_sql`` (a stub DB-API cursor) gives the
DataFrame Streamlit would have built on the server, dtypes included.

* A column's kind is the kind of its first non-null value. Its values are *bare*
  (the JSON form below); a value of another kind (SQLite's dynamic typing) is *tagged*
  ``{"$t": kind, "v": bare}`` and the column gets ``"mixed": true``.
* A JSON object in ``rows`` is ALWAYS a tag, so a ``dict`` value is always tagged
  (``{"$t": "dict", "v": {key: any}}``) and never mistaken for one.
* ``list``/``set``/``dict`` elements use the "any" form: JSON-native values
  (None, bool, str, finite float, |int| ≤ 2⁵³−1, lists) bare, everything else tagged.

=========  ==========================================  ============================
kind       bare JSON form                              decoded to
=========  ==========================================  ============================
int        number; decimal string beyond ±(2⁵³−1)     int
float      number; "NaN" / "Infinity" / "-Infinity"     float (−0.0 kept)
decimal    string ``str(Decimal)`` (exponent kept)      decimal.Decimal
str        string                                      str
bytes      base64 string                               bytes
bool       true / false                                bool
date       "YYYY-MM-DD"                                datetime.date
time       ISO time (offset when aware)                datetime.time
datetime   ISO 8601, µs, offset only when aware        datetime.datetime
timedelta  integer microseconds                        datetime.timedelta
uuid       string                                      uuid.UUID
ipaddr     string (also ipiface, ipnet)                ipaddress.ip_address/…
list       array of "any"                              list
set        array of "any"                              set
dict       object of "any" (always tagged)             dict
lossy      ``str(value)``; column ``"lossy": true``    str (the one documented difference:
                                                       pandas sees str, not the driver's type)
=========  ==========================================  ============================
"""

from __future__ import annotations

import base64
import datetime as _dt
import decimal
import json
import ipaddress
import math
import re
import sys
import types
import uuid
import warnings
from typing import Any, Iterable, Iterator, Sequence

VERSION = 1
QUERY_PATH = "/v1/query"
MAX_SAFE_INT = 2**53 - 1
PARAM_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")

#: Stable error codes → (HTTP status, retryable, fixed message). Messages never
#: contain hosts, users, SQL text, parameter values or driver text.
ERRORS: dict[str, tuple[int, bool, str]] = {
    "bad_request": (400, False, "The request is not a valid query request."),
    "bad_param": (400, False, "A query parameter is missing, unexpected or of an unsupported type."),
    "unsupported_version": (400, False, "This wire format version is not supported (expected v=1)."),
    "raw_sql_refused": (400, False, "Raw SQL is not accepted by this endpoint; only the app's own queries run."),
    "origin_not_allowed": (403, False, "This site's origin is not in the endpoint's allowed_origins."),
    "not_found": (404, False, "No such endpoint path."),
    "unknown_query": (404, False, "This query is not one of the app's queries known to the endpoint (rebuild and redeploy the endpoint)."),
    "method_not_allowed": (405, False, "Only POST is accepted."),
    "request_too_large": (413, False, "The request body is too large."),
    "unsupported_media_type": (415, False, "The request must be Content-Type: application/json."),
    "result_too_large": (422, False, "The result exceeds the endpoint's limits."),
    "rate_limited": (429, True, "Too many requests from this client; retry later."),
    "db_error": (500, False, "The database rejected the query."),
    "internal": (500, False, "The endpoint failed unexpectedly."),
    "db_unavailable": (503, True, "The database is unavailable right now."),
    "busy": (503, True, "The endpoint is busy; retry shortly."),
    "timeout": (504, True, "The query ran longer than the endpoint's statement timeout."),
}


def query_id(sql: str) -> str:
    """The id of an SQL text: exact bytes, no normalisation (one extra space = another id)."""
    import hashlib

    return "sha256:" + hashlib.sha256(sql.encode("utf-8")).hexdigest()


# ------------------------------------------------------------------ encoding (endpoint)


def _enc_float(v: float) -> Any:
    if math.isfinite(v):
        return v
    return "NaN" if v != v else ("Infinity" if v > 0 else "-Infinity")


def _enc_int(v: int) -> Any:
    return v if -MAX_SAFE_INT <= v <= MAX_SAFE_INT else str(v)


def _enc_timedelta(v: _dt.timedelta) -> int:
    return (v.days * 86400 + v.seconds) * 1_000_000 + v.microseconds


def _enc_bytes(v: Any) -> str:
    return base64.b64encode(bytes(v)).decode("ascii")


def _enc_dict(v: dict) -> dict:
    return {str(k): enc_any(x) for k, x in v.items()}


def _enc_list(v: Iterable) -> list:
    return [enc_any(x) for x in v]


# Python type → (kind, bare encoder). Exact types: bool is not int here.
_SCALARS: dict[type, tuple[str, Any]] = {
    int: ("int", _enc_int),
    float: ("float", _enc_float),
    decimal.Decimal: ("decimal", str),
    str: ("str", None),
    bytes: ("bytes", _enc_bytes),
    bytearray: ("bytes", _enc_bytes),
    memoryview: ("bytes", _enc_bytes),
    bool: ("bool", None),
    _dt.date: ("date", _dt.date.isoformat),
    _dt.time: ("time", _dt.time.isoformat),
    _dt.datetime: ("datetime", _dt.datetime.isoformat),
    _dt.timedelta: ("timedelta", _enc_timedelta),
    uuid.UUID: ("uuid", str),
    list: ("list", _enc_list),
    tuple: ("list", _enc_list),
    set: ("set", _enc_list),
    frozenset: ("set", _enc_list),
    dict: ("dict", _enc_dict),
    ipaddress.IPv4Address: ("ipaddr", str),
    ipaddress.IPv6Address: ("ipaddr", str),
    ipaddress.IPv4Interface: ("ipiface", str),
    ipaddress.IPv6Interface: ("ipiface", str),
    ipaddress.IPv4Network: ("ipnet", str),
    ipaddress.IPv6Network: ("ipnet", str),
}


def kind_of(v: Any) -> tuple[str, Any]:
    """(kind, bare encoder or None for identity) of a non-None value."""
    t = type(v)
    hit = _SCALARS.get(t)
    if hit is not None:
        return hit
    # Subclasses (e.g. a driver's str/int/datetime subclasses): the nearest known base.
    for base in t.__mro__[1:]:
        hit = _SCALARS.get(base)
        if hit is not None:
            return hit
    return "lossy", str


def enc_value(v: Any) -> tuple[str, Any]:
    """(kind, bare JSON form) of a non-None value."""
    kind, enc = kind_of(v)
    return kind, (v if enc is None else enc(v))


def enc_any(v: Any) -> Any:
    """The "any" form used inside lists/sets/dicts: JSON-native values bare, others tagged."""
    if v is None or type(v) is bool or type(v) is str:
        return v
    if type(v) is int and -MAX_SAFE_INT <= v <= MAX_SAFE_INT:
        return v
    if type(v) is float and math.isfinite(v):
        return v
    if type(v) in (list, tuple):
        return [enc_any(x) for x in v]
    kind, bare = enc_value(v)
    return {"$t": kind, "v": bare}


class ResultEncoder:
    """Encodes rows batch by batch, counting the exact bytes of JSON produced.

    ``add(rows)`` returns the running byte count so the endpoint can stop at its cap
    before building the whole response. ``finish()`` assembles the response body.
    """

    def __init__(self, names: Sequence[str], db_types: Sequence[str | None] | None = None,
                 max_value_bytes: int | None = None) -> None:
        self.names = list(names)
        self.db_types = list(db_types) if db_types else [None] * len(self.names)
        self.kinds: list[str | None] = [None] * len(self.names)
        self.mixed = [False] * len(self.names)
        self.lossy = [False] * len(self.names)
        self.chunks: list[str] = []
        self.row_count = 0
        self.nbytes = 0
        self.max_value_bytes = max_value_bytes

    def _row(self, row: Sequence[Any]) -> list[Any]:
        out = []
        kinds = self.kinds
        cap = self.max_value_bytes
        for i, v in enumerate(row):
            if v is None:
                out.append(None)
                continue
            kind, bare = enc_value(v)
            if cap is not None and type(bare) is str and len(bare) > cap:
                raise ValueTooLarge(i)
            k = kinds[i]
            if k is None:
                kinds[i] = k = kind
            if kind == "lossy":
                self.lossy[i] = True
            if kind == k and kind != "dict":
                out.append(bare)
            else:
                if kind != k:
                    self.mixed[i] = True
                out.append({"$t": kind, "v": bare})
        return out

    def add(self, rows: Iterable[Sequence[Any]]) -> int:
        encoded = [self._row(r) for r in rows]
        if not encoded:
            return self.nbytes
        text = json.dumps(encoded, ensure_ascii=False, allow_nan=False, separators=(",", ":"))[1:-1]
        self.chunks.append(text)
        self.row_count += len(encoded)
        self.nbytes += len(text.encode("utf-8")) + 1
        return self.nbytes

    def columns(self) -> list[dict[str, Any]]:
        cols = []
        for i, name in enumerate(self.names):
            c: dict[str, Any] = {"name": name, "kind": self.kinds[i] or "null"}
            if self.db_types[i]:
                c["db_type"] = self.db_types[i]
            if self.mixed[i]:
                c["mixed"] = True
            if self.lossy[i]:
                c["lossy"] = True
            cols.append(c)
        return cols

    def finish(self, **extra: Any) -> bytes:
        head = json.dumps({"v": VERSION, "columns": self.columns()}, ensure_ascii=False)[:-1]
        tail = json.dumps({"row_count": self.row_count, **extra}, ensure_ascii=False)[1:]
        return f'{head},"rows":[{",".join(self.chunks)}],{tail}'.encode("utf-8")


class ValueTooLarge(Exception):
    """One cell is bigger than the endpoint's per-value cap."""


def encode_result(names: Sequence[str], rows: Iterable[Sequence[Any]], **extra: Any) -> bytes:
    enc = ResultEncoder(names)
    enc.add(rows)
    return enc.finish(**extra)


def error_body(code: str, request_id: str, message: str | None = None) -> tuple[int, bytes]:
    status, retryable, default = ERRORS[code]
    body = {"v": VERSION, "error": {"code": code, "message": message or default, "retryable": retryable},
            "request_id": request_id}
    return status, json.dumps(body).encode()


# ------------------------------------------------------------------ parameters (both sides)


def encode_params(params: Any) -> dict[str, Any]:
    """The browser's side: ``params=`` (a mapping, as Streamlit's ``:name`` style) → JSON."""
    if params is None:
        return {}
    if not hasattr(params, "items"):
        raise TypeError(
            "wasmlit's SQL endpoint binds parameters by name: pass params as a dict, e.g. "
            "conn.query('select * from t where id = :id', params={'id': 3}).")
    out = {}
    for k, v in params.items():
        if not isinstance(k, str):
            raise TypeError(f"parameter names must be strings, got {k!r}")
        out[k] = enc_param(v)
    return out


def enc_param(v: Any) -> Any:
    if v is None or type(v) in (bool, str):
        return v
    if type(v) is int and -MAX_SAFE_INT <= v <= MAX_SAFE_INT:
        return v
    if type(v) is float and math.isfinite(v):
        return v
    # numpy/pandas scalars → their Python value
    item = getattr(v, "item", None)
    if callable(item) and type(v).__module__.startswith(("numpy", "pandas")):
        try:
            return enc_param(item())
        except Exception:
            pass
    if type(v).__name__ == "Timestamp" and type(v).__module__.startswith("pandas"):
        return enc_param(v.to_pydatetime())
    kind, bare = enc_value(v)
    if kind in ("list", "set", "dict", "lossy"):
        raise TypeError(f"unsupported query parameter type {type(v).__name__}")
    return {"$t": kind, "v": bare}


class ParamError(ValueError):
    """A parameter value the endpoint refuses (→ 400 bad_param)."""


_PARAM_TAGS = {"int", "float", "decimal", "bytes", "date", "time", "datetime", "timedelta", "uuid"}


def decode_param(x: Any) -> Any:
    """The endpoint's side: a JSON parameter value → the Python value bound by name."""
    if x is None or type(x) in (bool, str):
        return x
    if type(x) is int:
        return x
    if type(x) is float:
        if not math.isfinite(x):
            raise ParamError("non-finite number")
        return x
    if type(x) is dict:
        if set(x) != {"$t", "v"} or x["$t"] not in _PARAM_TAGS:
            raise ParamError("objects are only accepted as {$t, v} tags")
        try:
            return decode_bare(x["$t"], x["v"])
        except (ValueError, TypeError, ArithmeticError, OverflowError) as e:
            raise ParamError(f"bad {x['$t']} value") from e
    raise ParamError(f"unsupported JSON type {type(x).__name__}")


# ------------------------------------------------------------------ decoding (browser)


def _dec_float(x: Any) -> float:
    if type(x) is str:
        if x not in ("NaN", "Infinity", "-Infinity"):
            raise ValueError(f"bad float {x!r}")
        return float(x.replace("Infinity", "inf").replace("NaN", "nan"))
    return float(x)


def _dec_int(x: Any) -> int:
    if type(x) is str:
        if len(x) > 400:
            raise ValueError("integer too long")
        return int(x)
    if type(x) is not int:
        raise ValueError(f"bad int {x!r}")
    return x


def _dec_decimal(x: Any) -> decimal.Decimal:
    if type(x) is not str or len(x) > 1000:
        raise ValueError("bad decimal")
    return decimal.Decimal(x)


def _dec_str(x: Any) -> str:
    if type(x) is not str:
        raise ValueError("bad str")
    return x


def _dec_bool(x: Any) -> bool:
    if type(x) is not bool:
        raise ValueError("bad bool")
    return x


_DECODERS: dict[str, Any] = {
    "int": _dec_int,
    "float": _dec_float,
    "decimal": _dec_decimal,
    "str": _dec_str,
    "lossy": _dec_str,
    "bytes": lambda x: base64.b64decode(x, validate=True),
    "bool": _dec_bool,
    "date": lambda x: _dt.date.fromisoformat(_dec_str(x)),
    "time": lambda x: _dt.time.fromisoformat(_dec_str(x)),
    "datetime": lambda x: _dt.datetime.fromisoformat(_dec_str(x)),
    "timedelta": lambda x: _dt.timedelta(microseconds=_dec_int(x)),
    "uuid": lambda x: uuid.UUID(_dec_str(x)),
    "list": lambda x: [decode_any(e) for e in x],
    "set": lambda x: {decode_any(e) for e in x},
    "dict": lambda x: {k: decode_any(e) for k, e in x.items()},
    "null": lambda x: None,
    "ipaddr": lambda x: ipaddress.ip_address(_dec_str(x)),
    "ipiface": lambda x: ipaddress.ip_interface(_dec_str(x)),
    "ipnet": lambda x: ipaddress.ip_network(_dec_str(x)),
}


def decode_bare(kind: str, x: Any) -> Any:
    try:
        dec = _DECODERS[kind]
    except KeyError:
        raise ValueError(f"unknown value kind {kind!r}") from None
    return dec(x)


def decode_any(x: Any) -> Any:
    if type(x) is dict:
        return decode_bare(x["$t"], x["v"])
    if type(x) is list:
        return [decode_any(e) for e in x]
    return x


def decode_rows(columns: Sequence[dict[str, Any]], rows: Sequence[Sequence[Any]]) -> list[tuple]:
    """JSON rows → tuples of the Python values the driver returned on the server."""
    decs = [_DECODERS.get(c.get("kind", "null")) for c in columns]
    if any(d is None for d in decs):
        bad = next(c.get("kind") for c, d in zip(columns, decs) if d is None)
        raise ValueError(f"unknown column kind {bad!r}")
    width = len(decs)
    out = []
    for row in rows:
        if len(row) != width:
            raise ValueError("row width does not match the columns")
        vals = []
        for dec, x in zip(decs, row):
            if x is None:
                vals.append(None)
            elif type(x) is dict:
                vals.append(decode_bare(x["$t"], x["v"]))
            else:
                vals.append(dec(x))
        out.append(tuple(vals))
    return out


def decode_response(body: bytes | str) -> tuple[list[str], list[tuple]]:
    doc = json.loads(body)
    if not isinstance(doc, dict) or doc.get("v") != VERSION or "columns" not in doc:
        raise ValueError("not a v1 query result")
    cols = doc["columns"]
    return [c["name"] for c in cols], decode_rows(cols, doc["rows"])


# ------------------------------------------------------------------ the DataFrame (browser)


class _StubCursor:
    """Just enough DB-API for pandas' fallback path (``SQLiteDatabase.read_query``)."""

    def __init__(self, names: list[str], rows: list[tuple]) -> None:
        self.description = [(n, None, None, None, None, None, None) for n in names]
        self._rows = rows
        self._pos = 0

    def execute(self, *args: Any, **kwargs: Any) -> "_StubCursor":
        return self

    def fetchall(self) -> list[tuple]:
        rows, self._pos = self._rows[self._pos:], len(self._rows)
        return rows

    def fetchmany(self, size: int = 1) -> list[tuple]:
        rows = self._rows[self._pos:self._pos + size]
        self._pos += len(rows)
        return rows

    def close(self) -> None:
        pass


class _StubConnection:
    def __init__(self, names: list[str], rows: list[tuple]) -> None:
        self._cursor = _StubCursor(names, rows)

    def cursor(self) -> _StubCursor:
        return self._cursor

    def commit(self) -> None:
        pass

    def rollback(self) -> None:
        pass


def _sqlite3_shim() -> types.ModuleType:
    """pandas' read_sql imports sqlite3 first thing; Pyodide ships it as a separate
    560 KB package. When it is not loaded, a stand-in is visible during our call only."""
    mod = types.ModuleType("sqlite3")

    class Error(Exception):
        pass

    class Connection:  # never instantiated: isinstance() is all pandas does
        pass

    mod.Error = Error  # type: ignore[attr-defined]
    mod.Connection = Connection  # type: ignore[attr-defined]
    return mod


def read_frame(names: list[str], rows: list[tuple], **read_sql_kwargs: Any) -> Any:
    """``pd.read_sql`` over the decoded rows: the DataFrame Streamlit builds on the server.

    Keyword arguments are those ``SQLConnection.query`` forwards (``index_col``,
    ``coerce_float``, ``parse_dates``, ``dtype``, ``dtype_backend``, ``chunksize``).
    """
    import pandas as pd

    read_sql_kwargs.pop("params", None)  # bound on the server already
    shim = None
    if "sqlite3" not in sys.modules:
        try:
            import sqlite3  # noqa: F401
        except ImportError:
            shim = _sqlite3_shim()
            sys.modules["sqlite3"] = shim
    try:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="pandas only supports SQLAlchemy connectable")
            frame = pd.read_sql("-- wasmlit endpoint result", _StubConnection(names, rows), **read_sql_kwargs)
            if read_sql_kwargs.get("chunksize") is not None:
                frame = _eager_chunks(frame)
            return frame
    finally:
        if shim is not None and sys.modules.get("sqlite3") is shim:
            del sys.modules["sqlite3"]


def _eager_chunks(it: Iterator[Any]) -> Iterator[Any]:
    # pandas' chunk iterator is a generator; materialise while the shim is in place
    return iter(list(it))
