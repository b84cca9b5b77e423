"""The process-wide cache state: the app's persistent store, every function's cache, the clock.

One worker serves one tab, and caches outlive runs and sessions, so this state is
module-level (as Streamlit's cache managers are process-wide). The platform layer
calls ``boot()`` once with the app id and the preloaded records; tests call
``configure()`` to simulate a fresh worker over a given store.
"""

from __future__ import annotations

import logging
import os
import time
import tomllib
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from wasmlit._caching.storage import (
    DEFAULT_BUDGET_BYTES,
    MemoryStore,
    PersistentStore,
    PreloadedStore,
)

log = logging.getLogger("wasmlit")

CONFIG_SECTION = "wasmlit"
CONFIG_BUDGET_KEY = "cacheBudgetMB"

STORAGE_FAILED_TOAST = ("The browser refused to store more cached data ({reason}). "
                        "Cached values are kept in memory for this tab only.")


@dataclass
class CacheRuntime:
    store: PersistentStore
    clock: Callable[[], float] = time.time
    data_caches: dict[str, Any] = field(default_factory=dict)  # function key → DataCache
    resource_caches: dict[str, Any] = field(default_factory=dict)  # function key → ResourceCache
    storage_failed: str | None = None

    @property
    def app_id(self) -> str:
        return self.store.app_id


_runtime = CacheRuntime(store=MemoryStore("default"))


def get_runtime() -> CacheRuntime:
    return _runtime


def configure(store: PersistentStore | None = None, *, clock: Callable[[], float] | None = None,
              keep_resources: bool = False) -> CacheRuntime:
    """Start over as a fresh worker would: new store, empty in-memory caches.

    Resource caches are released (``on_release``) unless ``keep_resources``.
    """
    global _runtime
    old = _runtime
    if not keep_resources:
        for cache in list(old.resource_caches.values()):
            cache.clear()
    _runtime = CacheRuntime(store=store if store is not None else MemoryStore("default"),
                            clock=clock or time.time,
                            resource_caches=old.resource_caches if keep_resources else {})
    return _runtime


def read_budget_bytes(app_dir: str | None) -> int:
    """``[wasmlit] cacheBudgetMB`` in the app's ``.streamlit/config.toml`` (default 256)."""
    if not app_dir:
        return DEFAULT_BUDGET_BYTES
    path = os.path.join(app_dir, ".streamlit", "config.toml")
    try:
        with open(path, "rb") as f:
            config = tomllib.load(f)
    except FileNotFoundError:
        return DEFAULT_BUDGET_BYTES
    except (OSError, tomllib.TOMLDecodeError) as exc:
        log.warning("wasmlit: could not read %s (%s); using the default cache budget.", path, exc)
        return DEFAULT_BUDGET_BYTES
    value = config.get(CONFIG_SECTION, {}).get(CONFIG_BUDGET_KEY)
    if value is None:
        return DEFAULT_BUDGET_BYTES
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        log.warning("wasmlit: [%s] %s must be a number of MiB >= 0, got %r; using the default.",
                    CONFIG_SECTION, CONFIG_BUDGET_KEY, value)
        return DEFAULT_BUDGET_BYTES
    return int(value * 1024 * 1024)


def boot(app_id: str, records: Iterable[dict[str, Any]] | None, app_dir: str | None = None) -> CacheRuntime:
    """The browser: ``records`` are this app's IndexedDB entries, or None when IndexedDB is unavailable."""
    budget = read_budget_bytes(app_dir)
    if records is None:
        log.warning("wasmlit: IndexedDB is not available; st.cache_data entries are kept in memory "
                    "for this tab only.")
        store: PersistentStore = MemoryStore(app_id, budget)
    else:
        store = PreloadedStore(app_id, records, budget)  # a budget of 0 persists nothing
    return configure(store, keep_resources=True)


def take_ops() -> list[dict[str, Any]]:
    """Pending write-behind operations for the worker (empty unless the store is preloaded)."""
    store = _runtime.store
    return store.take_ops() if isinstance(store, PreloadedStore) else []


def storage_failed(reason: str) -> str | None:
    """The browser's store failed (e.g. quota): memory-only from now on.

    Returns the warning to show the user the first time, None afterwards.
    """
    store = _runtime.store
    if isinstance(store, PreloadedStore):
        store.stop_writing()
    first = _runtime.storage_failed is None
    _runtime.storage_failed = reason or "storage error"
    log.warning("wasmlit: persisting st.cache_data failed (%s); continuing in memory only.", reason)
    return STORAGE_FAILED_TOAST.format(reason=reason or "storage error") if first else None
