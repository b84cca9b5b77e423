"""The browser's side of the SQL endpoint: which endpoint, which query ids exist, and one
synchronous POST per query (sync XHR in the worker: ``_platform.pyodide.http_post``).

The build writes ``.wasmlit/connections.json`` into the app's files (public: the
endpoint URL, each connection's type and its query ids; no SQL, no secrets). Tests and
the CPython harness can call :func:`configure` instead.
"""

from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import dataclass, field
from typing import Any, Callable

from . import wire
from .errors import BY_CODE, EndpointError, EndpointUnreachableError

CONFIG_PATH = ".wasmlit/connections.json"
#: transport(url, body, headers, timeout_s) -> (status, headers{lowercase}, body)
Transport = Callable[[str, bytes, dict[str, str], float], tuple[int, dict[str, str], bytes]]

MAX_ATTEMPTS = 3
MAX_RETRY_WAIT = 1.0
REQUEST_TIMEOUT = 60.0


@dataclass
class ClientConfig:
    endpoint_url: str | None = None
    connections: dict[str, dict[str, Any]] = field(default_factory=dict)
    transport: Transport | None = None
    source: str = "none"

    def query_ids(self, name: str) -> set[str]:
        return set((self.connections.get(name) or {}).get("queries", ()))

    def connection_type(self, name: str) -> str | None:
        return (self.connections.get(name) or {}).get("type")


_configured: ClientConfig | None = None
_loaded: dict[str, ClientConfig] = {}


def configure(config: ClientConfig | None) -> None:
    """Tests/harness: use this configuration instead of ``.wasmlit/connections.json``."""
    global _configured
    _configured = config
    _loaded.clear()


def app_dir() -> str:
    from wasmlit._engine import context

    run = context.maybe_run_context()
    if run is not None:
        return run.session.script.directory
    return os.getcwd()


def get_config() -> ClientConfig:
    if _configured is not None:
        return _configured
    directory = app_dir()
    cfg = _loaded.get(directory)
    if cfg is None:
        path = os.path.join(directory, CONFIG_PATH)
        try:
            with open(path, encoding="utf-8") as f:
                data = json.load(f)
            cfg = ClientConfig(data.get("endpoint_url"), data.get("connections") or {}, source=path)
        except FileNotFoundError:
            cfg = _local_config(directory)
        _loaded[directory] = cfg
    return cfg


def _local_config(directory: str) -> ClientConfig:
    """CPython only (AppTest, scripts): an in-process endpoint over the app's own
    ``.streamlit/secrets.toml``, so apps using st.connection can be tested headless."""
    if sys.platform == "emscripten":
        return ClientConfig(source="none")
    try:
        from .local import local_config
    except ImportError:  # the endpoint's dependencies are not installed
        return ClientConfig(source="none")
    return local_config(directory) or ClientConfig(source="none")


def default_transport() -> Transport:
    if sys.platform == "emscripten":
        from wasmlit._platform.pyodide import http_post
    else:
        from wasmlit._platform.cpython import http_post
    return http_post


def endpoint_query_url(base: str) -> str:
    return base.rstrip("/") + wire.QUERY_PATH


def post_query(cfg: ClientConfig, connection: str, qid: str, params: Any) -> bytes:
    """One query request with retries of retryable errors (at most 3 attempts, Streamlit's
    count; waits honour Retry-After up to 1 s). Returns the 200 body or raises."""
    if not cfg.endpoint_url:
        raise EndpointError(
            "This site has no SQL endpoint configured: build it with `build.py build APP --out DIR "
            "--endpoint-url URL` (or set `[wasmlit] endpointUrl` in .streamlit/config.toml), or run it "
            "with `build.py serve APP`.", code="no_endpoint")
    body = json.dumps({"v": wire.VERSION, "connection": connection, "query_id": qid,
                       "params": wire.encode_params(params)}, allow_nan=False).encode()
    transport = cfg.transport or default_transport()
    url = endpoint_query_url(cfg.endpoint_url)
    last: EndpointError | None = None
    for attempt in range(MAX_ATTEMPTS):
        if last is not None:
            time.sleep(min(MAX_RETRY_WAIT, last.retry_after if last.retry_after is not None else 1.0))
        try:
            status, headers, resp = transport(url, body, {"Content-Type": "application/json"}, REQUEST_TIMEOUT)
        except OSError as e:
            status, headers, resp = 0, {}, str(e).encode()
        if status == 200:
            return resp
        last = error_from_response(status, headers, resp, connection)
        if not last.retryable:
            raise last
    assert last is not None
    raise last


def error_from_response(status: int, headers: dict[str, str], body: bytes, connection: str) -> EndpointError:
    if status == 0:
        return EndpointUnreachableError(
            f"Could not reach the SQL endpoint for connection `{connection}` (network error or the "
            "endpoint is down). Check the endpoint URL and that the endpoint allows this site's origin.",
            status=0)
    code, message, request_id = None, None, None
    try:
        doc = json.loads(body)
        err = doc.get("error") or {}
        code, message, request_id = err.get("code"), err.get("message"), doc.get("request_id")
    except (ValueError, AttributeError):
        pass
    retry = None
    ra = headers.get("retry-after")
    if ra:
        try:
            retry = float(ra)
        except ValueError:
            pass
    cls = BY_CODE.get(code or "", EndpointError)
    text = _explain(code, message, connection, status)
    if request_id:
        text += f" (request id {request_id})"
    err_obj = cls(text, code=code or f"http_{status}", status=status, request_id=request_id, retry_after=retry)
    if cls is EndpointError and status in (502, 503, 504):
        err_obj.retryable = True
    return err_obj


def _explain(code: str | None, message: str | None, connection: str, status: int) -> str:
    base = f"SQL endpoint error for connection `{connection}`"
    hints = {
        "db_unavailable": "the database is unreachable right now. The app will work again when the "
                          "database is back: rerun or reload the page.",
        "busy": "the endpoint is at capacity; try again in a moment.",
        "timeout": "the query ran longer than the endpoint's statement timeout.",
        "rate_limited": "too many requests from this browser; wait a little and rerun.",
        "origin_not_allowed": "the endpoint does not accept requests from this site's origin; add it "
                              "to `allowed_origins` in the endpoint's configuration.",
        "unknown_query": "the endpoint does not know this query; the site and the endpoint come from "
                         "different builds. Redeploy both from the same build.",
    }
    detail = hints.get(code or "") or message or f"HTTP {status}"
    return f"{base}: {detail} [{code or status}]"
