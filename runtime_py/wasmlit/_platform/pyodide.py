"""The worker's entry into Python (Pyodide only).

The worker calls ``start(config_json, post, cache_entries)`` once after unpacking the
runtime and the app, then ``session.handle_batch(batch_json)`` for each batch of page
messages. Every WorkerMessage goes back through ``post(json_text, buffers)``: the
message as JSON where each ``protocol.Binary`` is ``{"$binary": i}``, and a JS array of
Uint8Arrays (None when the message has no bytes) that the worker transfers to the page.

st.cache_data persistence (see ``wasmlit/_caching/README.md``): ``cache_entries`` is
the JS array of this app's IndexedDB records ``{key, app_id, function_key, meta_json,
value: Uint8Array}`` preloaded before the first run, or null/undefined when IndexedDB
is unavailable (memory-only). After each ``handle_batch`` the worker calls
``session.take_cache_ops()`` and applies the returned JS array of operations to
IndexedDB; on a quota error it calls ``session.cache_storage_failed(message)``.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any

from wasmlit import protocol
from wasmlit._engine.session import AppSession


class WorkerSession:
    def __init__(self, session: AppSession) -> None:
        self._session = session
        self._restored = False  # a snapshot was restored and no run has completed since
        self._last_snapshot = b""

    def handle_batch(self, batch_json: str, buffers: Any = None) -> bool:
        """Run one batch of page messages; True asks the worker for a rerun right away.

        ``buffers``: the JS array of Uint8Arrays that ``{"$binary": i}`` in the JSON refer to
        (uploaded files), or null when the batch has no bytes."""
        try:
            if buffers is None:
                again = self._session.handle_batch(json.loads(batch_json))
            else:
                again = self._session.handle_batch(protocol.decode(batch_json, [b.to_bytes() for b in buffers]))
        except KeyboardInterrupt:  # a Stop that landed between runs: nothing to stop
            return False
        if self._restored and self._session.last_status == "ok":
            from wasmlit._state.persist import prune

            prune(self._session.state)
            self._restored = False
        return again

    def take_state_snapshot(self) -> Any:
        """session_state pickled after a completed run, as a Uint8Array (None: no new snapshot).

        The page keeps it so that a replaced worker can get the state back (``restore_state``)."""
        if self._session.last_status != "ok":
            return None
        from pyodide.ffi import to_js

        from wasmlit._state.persist import snapshot

        blob, _skipped = snapshot(self._session.state)
        if blob == self._last_snapshot:
            return None
        self._last_snapshot = blob
        return to_js(memoryview(blob).cast("B"))

    def restore_state(self, data: Any) -> int:
        """Before the first run of a replacement worker: the last snapshot's values. Returns how many failed."""
        from wasmlit._state.persist import restore

        failed = restore(self._session.state, bytes(data.to_bytes()))
        self._restored = True
        return len(failed)

    def take_cache_ops(self) -> Any:
        """The cache writes to apply to IndexedDB, as a JS array of plain objects (values are Uint8Array)."""
        from pyodide.ffi import to_js

        import js
        from wasmlit._caching.runtime import take_ops

        ops = take_ops()
        for op in ops:
            if "value" in op:
                op["value"] = to_js(op["value"])  # bytes → Uint8Array (a copy owned by JS)
        return to_js(ops, dict_converter=js.Object.fromEntries)

    def cache_storage_failed(self, message: str) -> None:
        """IndexedDB refused a write (quota): memory-only from now on, with one visible toast."""
        from wasmlit._caching.runtime import storage_failed

        warning = storage_failed(str(message))
        if warning is not None:
            self._session._post({"type": "effect", "effect": "toast", "body": warning, "icon": "⚠️"})


def use_atomics_sleep(cell: Any) -> None:
    """Cross-origin isolated worker: ``time.sleep`` waits in ``Atomics.wait`` instead of spinning.

    ``cell`` is the Int32Array over the interrupt buffer: the page's Stop writes it and calls
    ``Atomics.notify``, which ends the wait at once; Python then raises KeyboardInterrupt."""
    import time

    import js

    def sleep(secs: float) -> None:
        secs = float(secs)
        if secs < 0:
            raise ValueError("sleep length must be non-negative")
        js.Atomics.wait(cell, 0, 0, secs * 1000.0)
        # A signal (the page's Stop) is raised here, by the interpreter's next check.

    time.sleep = sleep


def _records_from_js(cache_entries: Any) -> list[dict[str, Any]] | None:
    """The worker's preloaded IndexedDB records → dicts with ``bytes`` values (None: no IndexedDB)."""
    if cache_entries is None:
        return None
    records = []
    for rec in cache_entries:
        try:
            records.append({"key": str(rec.key), "app_id": str(rec.app_id),
                            "function_key": str(rec.function_key), "meta_json": str(rec.meta_json),
                            "value": bytes(rec.value.to_bytes())})
        except Exception as exc:  # a malformed record is dropped; the store deletes what it cannot read
            print(f"wasmlit: skipping an unreadable cache record ({exc})")
    return records


def http_post(url: str, body: bytes, headers: dict[str, str], timeout: float) -> tuple[int, dict[str, str], bytes]:
    """One synchronous POST from the worker (sync XMLHttpRequest, as pyodide-http does).

    Returns (status, lowercase headers, body); status 0 means a network error (DNS, refused,
    CORS rejection, timeout). ``url`` may be relative to the site (the worker's location).
    """
    import js

    xhr = js.XMLHttpRequest.new()
    xhr.open("POST", url, False)
    xhr.responseType = "arraybuffer"  # allowed for sync requests in workers
    if timeout:
        xhr.timeout = int(timeout * 1000)
    for k, v in headers.items():
        xhr.setRequestHeader(k, v)
    try:
        xhr.send(body.decode("utf-8"))
    except Exception:  # JsException: NetworkError / TimeoutError
        return 0, {}, b""
    out: dict[str, str] = {}
    for line in str(xhr.getAllResponseHeaders() or "").split("\r\n"):
        k, sep, v = line.partition(":")
        if sep:
            out[k.strip().lower()] = v.strip()
    resp = xhr.response
    data = js.Uint8Array.new(resp).to_bytes() if resp is not None else b""
    return int(xhr.status), out, data


def _patch_http() -> None:
    """Apps' own ``requests``/``urllib`` calls go through sync XHR (pyodide-http), when the
    build shipped it (the app imports requests, urllib or urllib3)."""
    try:
        import pyodide_http
    except ImportError:
        return
    try:
        pyodide_http.patch_all()
    except Exception as exc:  # never block the boot on it
        print(f"wasmlit: pyodide-http patch failed ({exc})")


def start(config_json: str, post: Any, cache_entries: Any = None) -> WorkerSession:
    config = json.loads(config_json)
    _patch_http()
    app_dir = config["app_dir"]
    os.chdir(app_dir)
    if app_dir not in sys.path:
        sys.path.insert(0, app_dir)
    from wasmlit._caching.runtime import boot as boot_caches

    boot_caches(config.get("app_id") or "app", _records_from_js(cache_entries), app_dir)

    def post_message(message: dict[str, Any]) -> None:
        text, buffers = protocol.encode(message)
        if not buffers:
            post(text, None)
            return
        from pyodide.ffi import to_js

        post(text, to_js([to_js(memoryview(b).cast("B")) for b in buffers]))

    session = AppSession(os.path.join(app_dir, config["main"]), post_message, config.get("session_id", "tab"))
    return WorkerSession(session)
