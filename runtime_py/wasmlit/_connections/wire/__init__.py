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

The modules: ``kinds`` (the table above, both ways), ``encode`` (results, parameters),
``decode`` (results, parameter checks), ``frame`` (``read_frame``). This package is the API:
import names from it (``from wasmlit._connections import wire``), not from its modules.
"""

from __future__ import annotations

import json
import re

from .decode import ParamError, decode_param, decode_response, decode_rows
from .encode import ResultEncoder, ValueTooLarge, enc_param, encode_params, encode_result
from .frame import read_frame
from .kinds import MAX_SAFE_INT, VERSION, decode_any, decode_bare, enc_any, enc_value, kind_of

__all__ = [
    "ERRORS", "MAX_SAFE_INT", "PARAM_NAME", "QUERY_PATH", "VERSION", "ParamError", "ResultEncoder",
    "ValueTooLarge", "decode_any", "decode_bare", "decode_param", "decode_response", "decode_rows", "enc_any",
    "enc_param", "enc_value", "encode_params", "encode_result", "error_body", "kind_of", "query_id", "read_frame",
]

QUERY_PATH = "/v1/query"
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


def error_body(code: str, request_id: str, message: str | None = None) -> tuple[int, bytes]:
    status, retryable, default = ERRORS[code]
    body = {"v": VERSION, "error": {"code": code, "message": message or default, "retryable": retryable},
            "request_id": request_id}
    return status, json.dumps(body).encode()
