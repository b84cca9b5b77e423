"""Where ``st.cache_data`` entries persist: a synchronous store protocol and three stores.

- ``MemoryStore``: a dict (tests, memory-only functions, and the fallback when
  IndexedDB is unavailable or full).
- ``FileStore``: a directory (CPython tests and the AppTest harness: proves the
  same protocol persists across "restarts").
- ``PreloadedStore``: the browser. Built from the records the worker preloaded
  from IndexedDB before the first run; reads are dict lookups, and every change is
  applied in memory AND queued for the worker to write behind after the run
  (``take_ops``). The script never waits for IndexedDB.

An entry's payload is one bytes object: ``MAGIC + len(replay) + replay + pickled value``
(the value is unpickled from a memoryview, never copied). Its metadata travels as
JSON (``EntryMeta``). Every store is bound to one app id and enforces the app's
byte budget by evicting the least recently accessed entries.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import os
import struct
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Protocol

from wasmlit import __version__ as RUNTIME_VERSION

log = logging.getLogger("wasmlit")

MAGIC = b"WLC1"
_HEADER = struct.Struct("<4sI")
DEFAULT_BUDGET_BYTES = 256 * 1024 * 1024
TOUCH_INTERVAL_S = 60.0  # access times are persisted lazily: at most once a minute per entry
PYTHON_VERSION = f"{sys.version_info[0]}.{sys.version_info[1]}"


class CorruptEntryError(Exception):
    """A stored payload or its metadata cannot be read."""


def pack(replay: bytes, value: bytes) -> bytes:
    return b"".join((_HEADER.pack(MAGIC, len(replay)), replay, value))


def unpack(payload: bytes | memoryview) -> tuple[memoryview, memoryview]:
    """(replay bytes, pickled value bytes) as views into ``payload``."""
    view = memoryview(payload)
    if len(view) < _HEADER.size:
        raise CorruptEntryError("payload too short")
    magic, n = _HEADER.unpack_from(view)
    if magic != MAGIC or _HEADER.size + n > len(view):
        raise CorruptEntryError("bad payload header")
    return view[_HEADER.size:_HEADER.size + n], view[_HEADER.size + n:]


def entry_key(app_id: str, function_key: str, value_key: str) -> str:
    return f"{app_id}/{function_key}/{value_key}"


@dataclass
class EntryMeta:
    key: str
    app_id: str
    function_key: str
    value_key: str
    created: float  # wall clock (time.time()) when the value was computed
    ttl: float | None  # seconds, as set when written (informational; expiry uses the current ttl)
    size: int  # payload bytes
    accessed: float  # wall clock of the last hit (persisted lazily)
    runtime: str = field(default_factory=lambda: RUNTIME_VERSION)
    python: str = field(default_factory=lambda: PYTHON_VERSION)
    qualname: str = ""

    def to_json(self) -> str:
        return json.dumps(dataclasses.asdict(self), separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> "EntryMeta":
        try:
            data = json.loads(text)
            fields = {f.name for f in dataclasses.fields(cls)}
            meta = cls(**{k: v for k, v in data.items() if k in fields})
        except (ValueError, TypeError) as exc:
            raise CorruptEntryError(f"bad entry metadata: {exc}") from exc
        if not isinstance(meta.key, str) or not isinstance(meta.size, int):
            raise CorruptEntryError("bad entry metadata")
        return meta

    @property
    def current_versions(self) -> bool:
        return self.runtime == RUNTIME_VERSION and self.python == PYTHON_VERSION


@dataclass
class Entry:
    meta: EntryMeta
    payload: bytes


class PersistentStore(Protocol):
    """Synchronous: the script never waits for the browser."""

    app_id: str

    def get(self, key: str) -> Entry | None: ...
    def put(self, entry: Entry) -> bool: ...  # False: not stored (larger than the budget)
    def delete(self, key: str) -> None: ...
    def delete_function(self, function_key: str) -> None: ...
    def clear(self) -> None: ...
    def touch(self, key: str, now: float) -> None: ...
    def metas(self) -> Iterable[EntryMeta]: ...


class _IndexedStore:
    """Shared logic: an in-memory index of metadata, the byte budget, version checks.

    Subclasses implement ``_load``/``_save``/``_remove``/``_remove_all`` (raw I/O).
    """

    def __init__(self, app_id: str, budget_bytes: int | None = DEFAULT_BUDGET_BYTES) -> None:
        self.app_id = app_id
        self.budget_bytes = budget_bytes
        self._index: dict[str, EntryMeta] = {}
        self._persisted_access: dict[str, float] = {}

    # -- raw I/O
    def _load(self, key: str) -> bytes | None:
        raise NotImplementedError

    def _save(self, meta: EntryMeta, payload: bytes) -> None:
        raise NotImplementedError

    def _save_meta(self, meta: EntryMeta) -> None:
        raise NotImplementedError

    def _remove(self, key: str) -> None:
        raise NotImplementedError

    def _remove_function(self, function_key: str, keys: list[str]) -> None:
        for key in keys:
            self._remove(key)

    def _remove_all(self) -> None:
        for key in list(self._index):
            self._remove(key)

    # -- protocol
    @property
    def total_bytes(self) -> int:
        return sum(m.size for m in self._index.values())

    def _adopt(self, meta: EntryMeta) -> bool:
        """Index an existing entry found at start-up; stale or foreign entries are deleted."""
        if meta.app_id != self.app_id:
            return False
        if not meta.current_versions:
            self._remove(meta.key)
            return False
        self._index[meta.key] = meta
        self._persisted_access[meta.key] = meta.accessed
        return True

    def get(self, key: str) -> Entry | None:
        meta = self._index.get(key)
        if meta is None:
            return None
        if not meta.current_versions:  # written by another wasmlit or Python version: a miss
            self.delete(key)
            return None
        payload = self._load(key)
        if payload is None:
            self._index.pop(key, None)
            return None
        return Entry(meta, payload)

    def put(self, entry: Entry) -> bool:
        meta = entry.meta
        if self.budget_bytes is not None and meta.size > self.budget_bytes:
            if self.budget_bytes:
                log.warning("wasmlit: a cached value of %d bytes is larger than the cache budget (%d "
                            "bytes); it is kept in memory only.", meta.size, self.budget_bytes)
            self.delete(meta.key)
            return False
        self._index.pop(meta.key, None)
        if self.budget_bytes is not None:
            total = self.total_bytes + meta.size
            if total > self.budget_bytes:
                for victim in sorted(self._index.values(), key=lambda m: m.accessed):
                    self.delete(victim.key)
                    total -= victim.size
                    if total <= self.budget_bytes:
                        break
        self._index[meta.key] = meta
        self._persisted_access[meta.key] = meta.accessed
        self._save(meta, entry.payload)
        return True

    def delete(self, key: str) -> None:
        if self._index.pop(key, None) is not None:
            self._persisted_access.pop(key, None)
            self._remove(key)

    def delete_function(self, function_key: str) -> None:
        keys = [k for k, m in self._index.items() if m.function_key == function_key]
        for key in keys:
            del self._index[key]
            self._persisted_access.pop(key, None)
        self._remove_function(function_key, keys)

    def clear(self) -> None:
        self._remove_all()
        self._index.clear()
        self._persisted_access.clear()

    def touch(self, key: str, now: float) -> None:
        meta = self._index.get(key)
        if meta is None:
            return
        meta.accessed = now
        if now - self._persisted_access.get(key, 0.0) >= TOUCH_INTERVAL_S:
            self._persisted_access[key] = now
            self._save_meta(meta)

    def metas(self) -> list[EntryMeta]:
        return list(self._index.values())


class MemoryStore(_IndexedStore):
    """Entries in a dict. ``budget_bytes=None`` means unbounded."""

    def __init__(self, app_id: str = "default", budget_bytes: int | None = DEFAULT_BUDGET_BYTES) -> None:
        super().__init__(app_id, budget_bytes)
        self._payloads: dict[str, bytes] = {}

    def _load(self, key: str) -> bytes | None:
        return self._payloads.get(key)

    def _save(self, meta: EntryMeta, payload: bytes) -> None:
        self._payloads[meta.key] = payload

    def _save_meta(self, meta: EntryMeta) -> None:
        pass

    def _remove(self, key: str) -> None:
        self._payloads.pop(key, None)

    def _remove_all(self) -> None:
        self._payloads.clear()


class FileStore(_IndexedStore):
    """One directory per app under ``root``: ``<hash>.meta.json`` + ``<hash>.bin`` per entry."""

    def __init__(self, root: str | os.PathLike[str], app_id: str,
                 budget_bytes: int | None = DEFAULT_BUDGET_BYTES) -> None:
        super().__init__(app_id, budget_bytes)
        digest = hashlib.sha256(app_id.encode()).hexdigest()[:16]
        self.directory = Path(root) / f"app-{digest}"
        self.directory.mkdir(parents=True, exist_ok=True)
        for meta_file in sorted(self.directory.glob("*.meta.json")):
            try:
                meta = EntryMeta.from_json(meta_file.read_text(encoding="utf-8"))
            except (OSError, CorruptEntryError):
                meta_file.unlink(missing_ok=True)
                meta_file.with_name(meta_file.name.replace(".meta.json", ".bin")).unlink(missing_ok=True)
                continue
            self._adopt(meta)

    def _stem(self, key: str) -> Path:
        return self.directory / hashlib.sha256(key.encode()).hexdigest()[:32]

    def _load(self, key: str) -> bytes | None:
        try:
            return self._stem(key).with_suffix(".bin").read_bytes()
        except OSError:
            return None

    def _write(self, path: Path, data: bytes) -> None:
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_bytes(data)
        os.replace(tmp, path)

    def _save(self, meta: EntryMeta, payload: bytes) -> None:
        stem = self._stem(meta.key)
        self._write(stem.with_suffix(".bin"), payload)  # payload first: a meta file means complete
        self._write(stem.with_suffix(".meta.json"), meta.to_json().encode())

    def _save_meta(self, meta: EntryMeta) -> None:
        self._write(self._stem(meta.key).with_suffix(".meta.json"), meta.to_json().encode())

    def _remove(self, key: str) -> None:
        stem = self._stem(key)
        stem.with_suffix(".meta.json").unlink(missing_ok=True)
        stem.with_suffix(".bin").unlink(missing_ok=True)


class PreloadedStore(_IndexedStore):
    """The browser's store: preloaded records in memory + a write-behind queue of operations.

    Records and operations use the worker's shapes (``value`` is the payload bytes):
    ``{key, app_id, function_key, meta_json, value}``; ops are
    ``{op:"put", key, app_id, function_key, meta_json, value}``, ``{op:"touch", key, meta_json}``,
    ``{op:"delete", key}``, ``{op:"delete_function", app_id, function_key}``,
    ``{op:"clear_app", app_id}``.
    """

    def __init__(self, app_id: str, records: Iterable[dict[str, Any]] = (),
                 budget_bytes: int | None = DEFAULT_BUDGET_BYTES) -> None:
        super().__init__(app_id, budget_bytes)
        self._payloads: dict[str, bytes] = {}
        self._ops: list[dict[str, Any]] = []
        self.write_behind = True
        for record in records:
            key = record.get("key")
            if record.get("app_id") != app_id:
                continue
            try:
                meta = EntryMeta.from_json(record["meta_json"])
                if meta.key != key:
                    raise CorruptEntryError("key mismatch")
            except (KeyError, CorruptEntryError):
                if isinstance(key, str):
                    self._queue({"op": "delete", "key": key})
                continue
            if self._adopt(meta):
                self._payloads[key] = record["value"]
        if self.budget_bytes is not None and self.total_bytes > self.budget_bytes:
            # The budget was lowered since these were written: trim, least recently used first.
            for victim in sorted(self._index.values(), key=lambda m: m.accessed):
                if self.total_bytes <= self.budget_bytes:
                    break
                self.delete(victim.key)

    def _queue(self, op: dict[str, Any]) -> None:
        if self.write_behind:
            self._ops.append(op)

    def _load(self, key: str) -> bytes | None:
        return self._payloads.get(key)

    def _save(self, meta: EntryMeta, payload: bytes) -> None:
        self._payloads[meta.key] = payload
        self._queue({"op": "put", "key": meta.key, "app_id": meta.app_id,
                     "function_key": meta.function_key, "meta_json": meta.to_json(), "value": payload})

    def _save_meta(self, meta: EntryMeta) -> None:
        self._queue({"op": "touch", "key": meta.key, "meta_json": meta.to_json()})

    def _remove(self, key: str) -> None:
        self._payloads.pop(key, None)
        self._queue({"op": "delete", "key": key})

    def _remove_function(self, function_key: str, keys: list[str]) -> None:
        for key in keys:
            self._payloads.pop(key, None)
        self._queue({"op": "delete_function", "app_id": self.app_id, "function_key": function_key})

    def _remove_all(self) -> None:
        self._payloads.clear()
        self._queue({"op": "clear_app", "app_id": self.app_id})

    def take_ops(self) -> list[dict[str, Any]]:
        """The pending operations, in order, with superseded writes dropped; the queue empties."""
        ops, self._ops = self._ops, []
        return coalesce(ops)

    def stop_writing(self) -> None:
        """Storage failed (quota): keep serving from memory, write nothing more."""
        self.write_behind = False
        self._ops.clear()


def coalesce(ops: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop puts/touches that a later put, delete or clear of the same entry makes pointless."""
    out: list[dict[str, Any]] = []
    superseded_keys: set[str] = set()
    cleared_functions: set[str] = set()
    cleared_all = False
    for op in reversed(ops):
        kind = op["op"]
        if kind in ("put", "touch"):
            key = op["key"]
            if cleared_all or key in superseded_keys or op.get("function_key") in cleared_functions:
                continue
            if kind == "touch" and any(o["op"] == "put" and o["key"] == key for o in out):
                continue
            if kind == "put":
                superseded_keys.add(key)
        elif kind == "delete":
            if cleared_all or op["key"] in superseded_keys:
                continue
            superseded_keys.add(op["key"])
        elif kind == "delete_function":
            if cleared_all:
                continue
            cleared_functions.add(op["function_key"])
        elif kind == "clear_app":
            if cleared_all:
                continue
            cleared_all = True
        out.append(op)
    out.reverse()
    return out
