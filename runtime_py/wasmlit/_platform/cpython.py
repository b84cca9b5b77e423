"""The CPython twin of ``_platform.pyodide``: same session, messages kept in memory."""

from __future__ import annotations

import json
from typing import Any

from wasmlit import protocol
from wasmlit._engine.session import AppSession


def http_post(url: str, body: bytes, headers: dict[str, str], timeout: float) -> tuple[int, dict[str, str], bytes]:
    """The twin of ``_platform.pyodide.http_post`` (urllib): status 0 on a network error."""
    import urllib.error
    import urllib.request

    req = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, {k.lower(): v for k, v in resp.headers.items()}, _unzip(resp.headers, resp.read())
    except urllib.error.HTTPError as e:
        return e.code, {k.lower(): v for k, v in e.headers.items()}, _unzip(e.headers, e.read())
    except (urllib.error.URLError, OSError):
        return 0, {}, b""


def _unzip(headers: Any, data: bytes) -> bytes:
    if (headers.get("Content-Encoding") or "").lower() == "gzip":
        import gzip

        return gzip.decompress(data)
    return data


class LocalSession:
    """A session whose page is a list: every WorkerMessage is appended to ``messages``.

    Messages go through a JSON round trip, as they do in the browser, so a value
    the page could not receive fails here too.
    """

    def __init__(self, script_path: str, session_id: str = "local", cache_store: Any = None) -> None:
        self.messages: list[dict[str, Any]] = []
        if cache_store is not None:  # a fresh "worker" over this st.cache_data store
            from wasmlit._caching import configure

            configure(cache_store, keep_resources=True)
        self.session = AppSession(script_path, self._post, session_id)

    def _post(self, message: dict[str, Any]) -> None:
        text, buffers = protocol.encode(message)
        self.messages.append(protocol.decode(text, buffers))

    def handle_batch(self, batch: list[dict[str, Any]]) -> bool:
        # The page's bytes (``protocol.Binary``) cross as in the browser: JSON + buffers.
        text, buffers = protocol.encode(batch)  # type: ignore[arg-type]
        return self.session.handle_batch(protocol.decode(text, buffers))  # type: ignore[arg-type]

    # The same cache plumbing as the worker's (``_platform.pyodide``), with Python values.
    def take_cache_ops(self) -> list[dict[str, Any]]:
        from wasmlit._caching.runtime import take_ops

        return take_ops()

    def cache_storage_failed(self, message: str) -> None:
        from wasmlit._caching.runtime import storage_failed

        warning = storage_failed(message)
        if warning is not None:
            self._post({"type": "effect", "effect": "toast", "body": warning, "icon": "⚠️"})
