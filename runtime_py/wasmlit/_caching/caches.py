"""One function's cache: ``DataCache`` (pickled entries, persisted) and ``ResourceCache`` (objects).

A ``DataCache`` keeps its entries in the app's persistent store (shared by all
persisted functions, under the app's byte budget) and, for memory-only functions
or values the store refuses, in a private ``MemoryStore``. It tracks LRU order for
``max_entries``/``max_size`` and checks ``ttl`` against the wall clock (the
entry's creation time survives reloads).
"""

from __future__ import annotations

import logging
import math
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, Callable

from wasmlit._caching.storage import Entry, MemoryStore, PersistentStore, entry_key

log = logging.getLogger("wasmlit")


class DataCache:
    def __init__(self, function_key: str, params: tuple[Any, ...], ttl_s: float,
                 max_entries: int | None, max_size: int | None,
                 store: PersistentStore | None, app_id: str) -> None:
        self.function_key = function_key
        self.params = params
        self.ttl_s = ttl_s
        self.max_entries = max_entries
        self.max_size = max_size
        self.app_id = app_id
        self.store = store  # None: memory-only function (persist=False or scope="session")
        self.memory = MemoryStore(app_id, budget_bytes=None)
        self._order: OrderedDict[str, int] = OrderedDict()  # value key → payload size, LRU first
        if store is not None:
            mine = [m for m in store.metas() if m.function_key == function_key]
            for meta in sorted(mine, key=lambda m: m.accessed):
                self._order[meta.value_key] = meta.size

    def _key(self, value_key: str) -> str:
        return entry_key(self.app_id, self.function_key, value_key)

    def get(self, value_key: str, now: float) -> Entry | None:
        key = self._key(value_key)
        entry = self.memory.get(key)
        source: PersistentStore = self.memory
        if entry is None and self.store is not None:
            entry, source = self.store.get(key), self.store
        if entry is None:
            self._order.pop(value_key, None)
            return None
        if not math.isinf(self.ttl_s) and now - entry.meta.created >= self.ttl_s:
            self.delete(value_key)  # expired: a miss (Streamlit keeps it until the next write)
            return None
        self._order[value_key] = entry.meta.size
        self._order.move_to_end(value_key)
        source.touch(key, now)
        return entry

    def put(self, value_key: str, entry: Entry) -> None:
        stored = self.store is not None and self.store.put(entry)
        if stored:
            self.memory.delete(entry.meta.key)
        else:
            self.memory.put(entry)
        self._order[value_key] = entry.meta.size
        self._order.move_to_end(value_key)
        self._evict()

    def _evict(self) -> None:
        if self.max_entries is not None:
            limit = max(self.max_entries, 1)  # max_entries=0 still keeps one entry (Streamlit)
            while len(self._order) > limit:
                self.delete(next(iter(self._order)))
        if self.max_size is not None:
            total = sum(self._order.values())
            while total > self.max_size and len(self._order) > 1:
                victim = next(iter(self._order))
                total -= self._order[victim]
                self.delete(victim)
            if total > self.max_size:
                log.warning("wasmlit: a cached value of %d bytes is larger than max_size=%d; it is "
                            "kept alone.", total, self.max_size)

    def delete(self, value_key: str) -> None:
        key = self._key(value_key)
        self._order.pop(value_key, None)
        self.memory.delete(key)
        if self.store is not None:
            self.store.delete(key)

    def clear(self) -> None:
        self._order.clear()
        self.memory.clear()
        if self.store is not None:
            self.store.delete_function(self.function_key)


@dataclass
class ResourceEntry:
    value: Any
    messages: list[Any]
    created: float


class ResourceCache:
    def __init__(self, function_key: str, params: tuple[Any, ...], ttl_s: float,
                 max_entries: int | None, validate: Callable[[Any], bool] | None,
                 on_release: Callable[[Any], Any] | None) -> None:
        self.function_key = function_key
        self.params = params
        self.ttl_s = ttl_s
        self.max_entries = max_entries
        self.validate = validate
        self.on_release = on_release
        self._entries: OrderedDict[str, ResourceEntry] = OrderedDict()

    def _release(self, value: Any) -> None:
        if self.on_release is None:
            return
        try:
            self.on_release(value)
        except Exception:  # Streamlit logs these (and never fails the caller)
            log.exception("wasmlit: on_release raised")

    def get(self, value_key: str, now: float) -> ResourceEntry | None:
        entry = self._entries.get(value_key)
        if entry is None:
            return None
        if not math.isinf(self.ttl_s) and now - entry.created >= self.ttl_s:
            del self._entries[value_key]
            self._release(entry.value)
            return None
        if self.validate is not None and not self.validate(entry.value):
            del self._entries[value_key]
            return None
        self._entries.move_to_end(value_key)
        return entry

    def put(self, value_key: str, entry: ResourceEntry) -> None:
        old = self._entries.pop(value_key, None)
        if old is not None and old.value is not entry.value:
            self._release(old.value)
        self._entries[value_key] = entry
        if self.max_entries is not None:
            while len(self._entries) > max(self.max_entries, 1):
                _key, victim = self._entries.popitem(last=False)
                self._release(victim.value)

    def delete(self, value_key: str) -> None:
        entry = self._entries.pop(value_key, None)
        if entry is not None:
            self._release(entry.value)

    def clear(self) -> None:
        entries, self._entries = self._entries, OrderedDict()
        for entry in entries.values():
            self._release(entry.value)

    def __len__(self) -> int:
        return len(self._entries)
