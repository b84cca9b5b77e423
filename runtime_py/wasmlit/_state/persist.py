"""A session_state snapshot that outlives the worker (Stop without isolation, crashes).

After every completed run the worker asks for ``snapshot(state)``; the page keeps the
bytes. When the worker has to be replaced, the new one gets them back before its first
run and calls ``restore(state, data)``.

What is kept: every value assigned through the API and every widget value, each pickled
on its own so one unpicklable value (a generator, a lock, a DB connection) only skips
that key. Keyed widgets' values are restored under their key as API values, so the
recreated widget adopts them exactly as it would a ``st.session_state[key] = v`` made
before it; unkeyed widgets' values are restored by widget id (ids are deterministic),
and the ones no run recreates are dropped after the first completed run (``prune``).
Triggers (buttons) are never kept: a click belongs to the run it caused.
"""

from __future__ import annotations

import logging
import pickle
from typing import Any

from wasmlit._state.session_state import SessionState

log = logging.getLogger("wasmlit")

FORMAT = 1
# A value whose pickle is larger is not kept (the page holds the snapshot in memory).
MAX_VALUE_BYTES = 16 * 1024 * 1024


def _dump(value: Any) -> bytes | None:
    try:
        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # unpicklable (generators, locks, sockets, lambdas...): not kept
        return None
    return data if len(data) <= MAX_VALUE_BYTES else None


def snapshot(state: SessionState) -> tuple[bytes, list[str]]:
    """(snapshot bytes, the keys that could not be kept)."""
    user: dict[str, bytes] = {}
    widgets: dict[str, bytes] = {}
    skipped: list[str] = []
    for key, value in state._user.items():
        data = _dump(value)
        if data is None:
            skipped.append(key)
        else:
            user[key] = data
    id_to_key = {wid: key for key, wid in state._key_to_id.items()}
    for widget_id, value in state._widget_values.items():
        meta = state._widget_meta.get(widget_id)
        if meta is not None and meta.is_trigger:
            continue
        key = id_to_key.get(widget_id)
        data = _dump(value)
        if data is None:
            skipped.append(key or widget_id)
        elif key is not None:
            user.setdefault(key, data)  # an API value waiting for its widget wins
        else:
            widgets[widget_id] = data
    blob = pickle.dumps({"format": FORMAT, "user": user, "widgets": widgets}, protocol=pickle.HIGHEST_PROTOCOL)
    return blob, skipped


def restore(state: SessionState, blob: bytes) -> list[str]:
    """Put a snapshot's values into a fresh ``state``; returns the keys that failed to load.

    A value that no longer unpickles (its class was defined in the script, which has not
    run yet in the new worker) is skipped rather than failing the restore."""
    try:
        data = pickle.loads(blob)
    except Exception as exc:
        log.warning("wasmlit: the saved session state could not be read (%s)", exc)
        return ["*"]
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return ["*"]
    failed: list[str] = []
    for key, raw in data.get("user", {}).items():
        try:
            state.seed(key, pickle.loads(raw))
        except Exception:
            failed.append(key)
    for widget_id, raw in data.get("widgets", {}).items():
        try:
            state.set_widget_value(widget_id, pickle.loads(raw))
        except Exception:
            failed.append(widget_id)
    return failed


def prune(state: SessionState) -> None:
    """After the first completed run since a restore: drop restored widget values no widget took."""
    for widget_id in [w for w in state._widget_values if w not in state._widget_meta]:
        del state._widget_values[widget_id]
