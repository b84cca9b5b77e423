"""The endpoint: one plain ASGI 3 callable (sql-endpoint.md §2.7).

No lifespan needed (engines are created on first use), no background work after the
response, no streaming: every response is one ``http.response.start`` plus ONE body
message, so a keep-alive sync XHR never waits on Nagle/delayed ACK.

Checks, in order (cheap before expensive; nothing touches the database until the
request is known-good): path → method → origin (exact allow list, enforced here, not
by CORS headers alone) → content type → rate limit → body cap → JSON → version →
allow list lookup → parameters → concurrency slot → the query.
"""

from __future__ import annotations

import asyncio
import gzip
import ipaddress
import json
import logging
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Awaitable, Callable

from wasmlit._connections import wire

from .config import EndpointConfig, QueryEntry
from .params import OUT_OF_RANGE, param_in_range
from .db import Database, QueryFailed, scrub
from .ratelimit import make_buckets, retry_after

log = logging.getLogger("wasmlit.endpoint")

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]

_RETRY_AFTER = {"busy": 1, "db_unavailable": 2, "timeout": 1}
_REQUEST_KEYS = {"v", "connection", "query_id", "params"}


class _Reject(Exception):
    def __init__(self, code: str, retry: int | None = None, message: str | None = None) -> None:
        self.code = code
        self.retry = retry
        self.message = message


def _dup_check(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    d: dict[str, Any] = {}
    for k, v in pairs:
        if k in d:
            raise ValueError("duplicate key")
        d[k] = v
    return d


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _is_loopback(host: str | None) -> bool:
    if not host:
        return False
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return host == "localhost"


class SQLEndpoint:
    """``await endpoint(scope, receive, send)``. Routes: ``POST {root_path}/v1/query``."""

    def __init__(self, config: EndpointConfig, *, dev: bool = False) -> None:
        self.config = config
        self.settings = config.settings
        self.db = Database(config)
        self.dev = dev
        self.buckets = make_buckets(self.settings.rate_limit_store, self.settings.rate_limit_per_minute,
                                    self.settings.rate_limit_burst)
        capacity = sum(config.limits_for(n).pool_size for n in config.connections) or 1
        self._executor = ThreadPoolExecutor(max_workers=capacity + 2, thread_name_prefix="wasmlit-sql")
        self._slots: dict[str, int] = {}
        self._allowed = frozenset(self.settings.allowed_origins)

    # -------------------------------------------------------------- ASGI

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":  # supported, never required
            while True:
                msg = await receive()
                if msg["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif msg["type"] == "lifespan.shutdown":
                    self.db.dispose()  # engines come back lazily if the app is served again
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        request_id = uuid.uuid4().hex[:16]
        t0 = time.perf_counter()
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        origin = headers.get("origin")
        origin_ok = origin is not None and origin in self._allowed
        outcome = "ok"
        rows = 0
        qid = ""
        try:
            # Any mount prefix (root_path, /api on Vercel, …) in front of /v1/query.
            path = scope.get("path", "")
            if not path.rstrip("/").endswith(wire.QUERY_PATH):
                raise _Reject("not_found")
            method = scope.get("method", "GET")
            if method == "OPTIONS":
                await self._preflight(send, origin, origin_ok, headers)
                outcome = "preflight"
                return
            if method != "POST":
                raise _Reject("method_not_allowed")
            if origin is not None and not origin_ok:
                raise _Reject("origin_not_allowed")
            if origin is None and self.settings.require_origin:
                raise _Reject("origin_not_allowed")
            ctype = headers.get("content-type", "").split(";")[0].strip().lower()
            if ctype != "application/json":
                raise _Reject("unsupported_media_type")
            wait = await self.buckets.check(self._client_ip(scope, headers))
            if wait > 0:
                raise _Reject("rate_limited", retry_after(wait))
            body = await self._read_body(scope, receive, headers)
            conn, entry, params, qid = self._parse(body, scope)
            result, rows = await self._run(conn, entry, params, request_id)
            await self._respond(send, 200, result, origin if origin_ok else None, headers)
        except _Reject as r:
            outcome = r.code
            status, body = wire.error_body(r.code, request_id, r.message)
            extra = [(b"retry-after", str(r.retry).encode())] if r.retry else []
            if r.code == "method_not_allowed":
                extra.append((b"allow", b"POST, OPTIONS"))
            await self._respond(send, status, body, origin if origin_ok else None, headers, extra)
        except Exception as e:  # never a traceback to the client
            outcome = "internal"
            log.error("request %s: internal error %s", request_id,
                      scrub(f"{type(e).__name__}: {e}", self.config.secret_values))
            status, body = wire.error_body("internal", request_id)
            await self._respond(send, status, body, origin if origin_ok else None, headers)
        finally:
            log.info("request %s %s query=%s rows=%d %.1fms", request_id, outcome, qid[:19], rows,
                     (time.perf_counter() - t0) * 1000)

    # -------------------------------------------------------------- steps

    def _client_ip(self, scope: Scope, headers: dict[str, str]) -> str:
        h = self.settings.client_ip_header.lower()
        if h and headers.get(h):
            # The trusted proxy appends the real client last (x-forwarded-for); single-value headers too.
            return headers[h].split(",")[-1].strip()
        client = scope.get("client")
        return client[0] if client else "unknown"

    async def _read_body(self, scope: Scope, receive: Receive, headers: dict[str, str]) -> bytes:
        cap = self.settings.max_body_bytes
        length = headers.get("content-length")
        if length is not None:
            if not length.isdigit():
                raise _Reject("bad_request")
            if int(length) > cap:
                raise _Reject("request_too_large")
        chunks: list[bytes] = []
        size = 0
        # A client that stops sending half-way keeps a slot forever without this (any ASGI
        # server; uvicorn itself has no body timeout).
        deadline = time.monotonic() + self.settings.body_timeout
        while True:
            try:
                msg = await asyncio.wait_for(receive(), max(0.0, deadline - time.monotonic()))
            except asyncio.TimeoutError:
                raise _Reject("bad_request", message="The request body did not arrive in time.") from None
            if msg["type"] == "http.disconnect":
                raise _Reject("bad_request")
            chunk = msg.get("body", b"")
            size += len(chunk)
            if size > cap:
                raise _Reject("request_too_large")
            chunks.append(chunk)
            if not msg.get("more_body"):
                return b"".join(chunks)

    def _parse(self, body: bytes, scope: Scope) -> tuple[str, QueryEntry, dict[str, Any], str]:
        try:
            doc = json.loads(body.decode("utf-8"), object_pairs_hook=_dup_check, parse_constant=_no_constant)
        except (ValueError, UnicodeDecodeError, RecursionError):
            raise _Reject("bad_request") from None
        if not isinstance(doc, dict):
            raise _Reject("bad_request")
        if doc.get("v") != wire.VERSION or type(doc.get("v")) is not int:
            raise _Reject("unsupported_version")
        if "sql" in doc:
            return self._raw(doc, scope)
        if set(doc) - _REQUEST_KEYS or not isinstance(doc.get("connection"), str) \
                or not isinstance(doc.get("query_id"), str):
            raise _Reject("bad_request")
        params = doc.get("params", {})
        if not isinstance(params, dict):
            raise _Reject("bad_param")
        conn, qid = doc["connection"], doc["query_id"]
        entry = self.config.manifest.lookup(conn, qid)
        if entry is None:
            raise _Reject("unknown_query")
        return conn, entry, self._params(entry.params, params, conn), qid

    def _params(self, expected: tuple[str, ...], params: dict[str, Any], conn: str = "") -> dict[str, Any]:
        s = self.settings
        nul_ok = not (self._dialect(conn) or "").startswith("postgres")
        if len(params) > s.max_params:
            raise _Reject("bad_param")
        if set(params) != set(expected):
            raise _Reject("bad_param", message=(
                "Parameters must match the query's :names exactly "
                f"(expected {sorted(expected)}, got {sorted(params)[:20]})."))
        out = {}
        for k, v in params.items():
            if not wire.PARAM_NAME.match(k):
                raise _Reject("bad_param")
            if isinstance(v, str) and len(v.encode("utf-8")) > s.max_param_bytes:
                raise _Reject("request_too_large")
            try:
                out[k] = wire.decode_param(v)
            except wire.ParamError:
                raise _Reject("bad_param") from None
            if not param_in_range(out[k], nul_ok):
                raise _Reject("bad_param", message=OUT_OF_RANGE)
        return out

    def _raw(self, doc: dict[str, Any], scope: Scope) -> tuple[str, QueryEntry, dict[str, Any], str]:
        """Development only: raw SQL when allow_raw_sql AND the server and client are loopback."""
        server = (scope.get("server") or (None,))[0]
        client = (scope.get("client") or (None,))[0]
        if not (self.settings.allow_raw_sql and _is_loopback(server) and _is_loopback(client)):
            raise _Reject("raw_sql_refused")
        if set(doc) - {"v", "connection", "sql", "params"} or not isinstance(doc.get("sql"), str) \
                or not isinstance(doc.get("connection"), str) or doc["connection"] not in self.config.connections:
            raise _Reject("bad_request")
        from .classify import Rejected, bind_names, classify

        sql = doc["sql"]
        try:
            classify(sql, self._dialect(doc["connection"]))
        except Rejected as e:
            raise _Reject("bad_request", message=f"Raw SQL refused: {e}") from None
        params = doc.get("params", {})
        if not isinstance(params, dict):
            raise _Reject("bad_param")
        entry = QueryEntry(sql, tuple(bind_names(sql)))
        return doc["connection"], entry, self._params(entry.params, params, doc["connection"]), wire.query_id(sql)

    def _dialect(self, name: str) -> str | None:
        sec = self.config.connections.get(name, {})
        if sec.get("url"):
            return str(sec["url"]).split(":", 1)[0].split("+")[0]
        return sec.get("dialect")

    async def _run(self, conn: str, entry: QueryEntry, params: dict[str, Any], request_id: str) -> tuple[bytes, int]:
        limits = self.config.limits_for(conn)
        # A counter, not an asyncio.Semaphore: adapters (Mangum, test clients) may run
        # each request on a different event loop.
        deadline = time.monotonic() + limits.pool_timeout
        while self._slots.get(conn, 0) >= limits.pool_size:
            if time.monotonic() >= deadline:
                raise _Reject("busy", _RETRY_AFTER["busy"])
            await asyncio.sleep(0.005)
        self._slots[conn] = self._slots.get(conn, 0) + 1
        try:
            loop = asyncio.get_running_loop()
            out = await loop.run_in_executor(self._executor, self.db.run, conn, entry.sql, params, request_id)
            return out.body, out.rows
        except QueryFailed as f:
            if f.detail:
                log.warning("request %s: %s (%s)", request_id, f.code, scrub(f.detail, self.config.secret_values))
            message = f.message if f.code in ("result_too_large", "db_error") else None
            raise _Reject(f.code, _RETRY_AFTER.get(f.code), message) from None
        finally:
            self._slots[conn] -= 1

    # -------------------------------------------------------------- responses

    def _cors(self, origin: str | None) -> list[tuple[bytes, bytes]]:
        h = [(b"vary", b"Origin")]
        if origin is not None:
            h.append((b"access-control-allow-origin", origin.encode("latin-1")))
        return h

    async def _preflight(self, send: Send, origin: str | None, origin_ok: bool, headers: dict[str, str]) -> None:
        if not origin_ok:
            status, body = wire.error_body("origin_not_allowed", "preflight")
            await self._respond(send, status, body, None, headers)
            return
        extra = [(b"access-control-allow-methods", b"POST"),
                 (b"access-control-allow-headers", b"Content-Type"),
                 (b"access-control-max-age", b"600")]
        await send({"type": "http.response.start", "status": 200,
                    "headers": [*self._cors(origin), *extra, (b"content-length", b"0"),
                                (b"cache-control", b"no-store")]})
        await send({"type": "http.response.body", "body": b""})

    async def _respond(self, send: Send, status: int, body: bytes, origin: str | None,
                       req_headers: dict[str, str], extra: list[tuple[bytes, bytes]] = ()) -> None:
        headers = [(b"content-type", b"application/json"), (b"cache-control", b"no-store"),
                   (b"x-content-type-options", b"nosniff"), *self._cors(origin), *extra]
        s = self.settings
        if len(body) >= s.gzip_min_bytes and "gzip" in req_headers.get("accept-encoding", "").lower():
            body = gzip.compress(body, compresslevel=s.gzip_level, mtime=0)
            headers.append((b"content-encoding", b"gzip"))
        headers.append((b"content-length", str(len(body)).encode()))
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    def close(self) -> None:
        self.db.dispose()
        self._executor.shutdown(wait=False, cancel_futures=True)


def create_app(config: EndpointConfig, *, dev: bool = False) -> SQLEndpoint:
    return SQLEndpoint(config, dev=dev)
