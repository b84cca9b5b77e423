"""st.cache_data / st.cache_resource tests: apps run headless (AppTest), caches counted by a probe.

``cache_env`` is parametrized over the three stores behind the same protocol:
``memory`` (MemoryStore; a "restart" keeps the same store object, like IndexedDB
outliving the worker), ``file`` (FileStore; a restart opens a new instance on the
same directory) and ``preloaded`` (PreloadedStore; a restart drains the write-behind
operations into a fake IndexedDB — the same semantics web/src/worker/cache-store.ts
implements — and preloads a new store from it, as the worker does).
"""

from __future__ import annotations

import sys
import textwrap
import types
from pathlib import Path
from typing import Any

import pytest

from wasmlit._caching import configure
from wasmlit._caching.storage import FileStore, MemoryStore, PreloadedStore
from wasmlit.testing import AppTest

PROBE = "wasmlit_cache_probe"
STORE_KINDS = ("memory", "file", "preloaded")


class FakeIndexedDB:
    """What cache-store.ts keeps: records by key (all apps of one origin), ops applied in order."""

    def __init__(self) -> None:
        self.records: dict[str, dict[str, Any]] = {}

    def apply(self, ops: list[dict[str, Any]]) -> None:
        for op in ops:
            kind = op["op"]
            if kind == "put":
                self.records[op["key"]] = {k: op[k] for k in ("key", "app_id", "function_key", "meta_json", "value")}
            elif kind == "touch":
                if op["key"] in self.records:
                    self.records[op["key"]]["meta_json"] = op["meta_json"]
            elif kind == "delete":
                self.records.pop(op["key"], None)
            elif kind == "delete_function":
                for key in [k for k, r in self.records.items()
                            if r["app_id"] == op["app_id"] and r["function_key"] == op["function_key"]]:
                    del self.records[key]
            elif kind == "clear_app":
                for key in [k for k, r in self.records.items() if r["app_id"] == op["app_id"]]:
                    del self.records[key]
            else:
                raise AssertionError(f"unknown op {kind}")

    def preload(self, app_id: str) -> list[dict[str, Any]]:
        return [dict(r) for r in self.records.values() if r["app_id"] == app_id]


class CacheEnv:
    def __init__(self, kind: str, tmp_path: Path, probe: types.ModuleType) -> None:
        self.kind = kind
        self.dir = tmp_path / "cache"
        self.probe = probe
        self.now = 1_000_000.0
        self.budget: int | None = 256 * 1024 * 1024
        self.idb = FakeIndexedDB()
        self._memory: dict[str, MemoryStore] = {}
        self.store: Any = None
        self.app_id = "app"
        self.restart()

    # -- the clock and the "worker"
    def clock(self) -> float:
        return self.now

    def sync(self) -> None:
        """After a run: the worker writes behind (preloaded store only)."""
        if isinstance(self.store, PreloadedStore):
            self.idb.apply(self.store.take_ops())

    def new_store(self, app_id: str) -> Any:
        if self.kind == "memory":
            store = self._memory.get(app_id)
            if store is None:
                store = self._memory[app_id] = MemoryStore(app_id, self.budget)
            store.budget_bytes = self.budget
            return store
        if self.kind == "file":
            return FileStore(self.dir, app_id, self.budget)
        return PreloadedStore(app_id, self.idb.preload(app_id), self.budget)

    def restart(self, app_id: str | None = None) -> None:
        """A page reload: a fresh worker (empty memory) over the persisted entries."""
        if self.store is not None:
            self.sync()
        self.app_id = app_id or self.app_id
        self.store = self.new_store(self.app_id)
        configure(self.store, clock=self.clock)

    # -- running apps
    def app(self, source: str) -> "App":
        return App(self, textwrap.dedent(source))

    @property
    def calls(self) -> list[Any]:
        return self.probe.calls

    def corrupt(self, function_key_part: str = "") -> int:
        """Garble every stored payload; returns how many."""
        self.sync()
        n = 0
        if self.kind == "memory":
            for key in list(self.store._payloads):
                self.store._payloads[key] = b"garbage"
                n += 1
        elif self.kind == "file":
            for path in self.store.directory.glob("*.bin"):
                path.write_bytes(b"WLC1\x00\x00\x00\x00not a pickle")
                n += 1
        else:
            for rec in self.idb.records.values():
                rec["value"] = b"\x80\x05garbage"
                n += 1
        return n


class App:
    """One app source; every ``run()`` is a new page load (new session) unless ``session`` is kept."""

    def __init__(self, env: CacheEnv, source: str) -> None:
        self.env = env
        self.source = "import streamlit as st\nimport wasmlit_cache_probe as probe\n" + source
        self.at: AppTest | None = None

    def run(self, new_session: bool = False) -> AppTest:
        if self.at is None or new_session:
            self.at = AppTest.from_string(self.source)
        self.at.run()
        self.env.sync()
        return self.at

    def run_with_state(self, **state: Any) -> AppTest:
        """A new page load whose session state is seeded first."""
        self.at = AppTest.from_string(self.source)
        for key, value in state.items():
            self.at.session_state[key] = value
        return self.run()


@pytest.fixture
def probe(monkeypatch: pytest.MonkeyPatch) -> types.ModuleType:
    module = types.ModuleType(PROBE)
    module.calls = []  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, PROBE, module)
    return module


@pytest.fixture(params=STORE_KINDS)
def cache_env(request: pytest.FixtureRequest, tmp_path: Path, probe: types.ModuleType) -> CacheEnv:
    env = CacheEnv(request.param, tmp_path, probe)
    yield env
    configure(MemoryStore("default"))


@pytest.fixture
def mem_env(tmp_path: Path, probe: types.ModuleType) -> CacheEnv:
    """For rules that do not depend on the store."""
    env = CacheEnv("memory", tmp_path, probe)
    yield env
    configure(MemoryStore("default"))


def no_exceptions(at: AppTest) -> None:
    assert not at.exception, [e.message for e in at.exception]
