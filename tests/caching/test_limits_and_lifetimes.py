"""Cache limits and lifetimes: LRU (max_entries, max_size), ttl, validate/on_release, clear,
changed options, and exceptions that leave nothing cached (semantics §1)."""

from __future__ import annotations

import pytest

from wasmlit._caching import cache_data, cache_resource


# ---------------------------------------------------------------- LRU, ttl, clear, params


def test_max_entries_is_lru(mem_env):
    calls = []

    @cache_data(max_entries=2)
    def f(x):
        calls.append(x)
        return x

    for x in (1, 2, 1, 3, 1, 2):
        f(x)
    assert calls == [1, 2, 3, 2]


def test_max_entries_zero_keeps_one(mem_env):
    calls = []

    @cache_resource(max_entries=0)
    def f(x):
        calls.append(x)
        return x

    f(1), f(1), f(2), f(2), f(1)
    assert calls == [1, 2, 1]


def test_max_size_evicts_by_size(mem_env):
    calls = []

    @cache_data(max_size="2.5KiB")
    def f(x):
        calls.append(x)
        return bytes(1000)

    for x in (1, 2, 3, 1):
        f(x)
    assert calls == [1, 2, 3, 1]
    for x in (3, 1):
        f(x)
    assert calls == [1, 2, 3, 1]


def test_ttl_zero_recomputes_every_call_and_negative_is_accepted(mem_env):
    calls = []

    @cache_data(ttl=0)
    def f():
        calls.append(1)

    @cache_data(ttl=-5)
    def g():
        calls.append(2)

    f(), f(), g(), g()
    assert calls == [1, 1, 2, 2]


def test_resource_ttl_validate_and_on_release(mem_env):
    released, calls = [], []
    valid = {"ok": True}

    @cache_resource(ttl="10s", validate=lambda v: valid["ok"], on_release=released.append)
    def res(x):
        calls.append(x)
        return f"r{x}-{len(calls)}"

    assert res(1) == "r1-1" and res(1) == "r1-1"
    mem_env.now += 11
    assert res(1) == "r1-2"
    assert released == ["r1-1"]  # released lazily, when the expired entry is accessed
    valid["ok"] = False
    assert res(1) == "r1-3"
    valid["ok"] = True
    res(2)
    cache_resource.clear()
    assert sorted(released) == ["r1-1", "r1-3", "r2-4"]


def test_clear_all_of_one_kind_spares_the_other(mem_env):
    calls = []

    @cache_data
    def d():
        calls.append("d")

    @cache_resource
    def r():
        calls.append("r")

    d(), r()
    cache_resource.clear()
    d(), r()
    cache_data.clear()
    d(), r()
    assert calls == ["d", "r", "r", "d"]


def test_changing_options_recreates_the_cache_empty(mem_env):
    calls = []

    def f(x):
        calls.append(x)
        return x

    cache_data(ttl=100)(f)(1)
    cache_data(ttl=100)(f)(1)
    cache_data(ttl=200)(f)(1)
    cache_data(ttl=200, max_entries=5)(f)(1)
    assert calls == [1, 1, 1]


def test_exceptions_propagate_and_nothing_is_cached(mem_env):
    calls = []

    @cache_data
    def f():
        calls.append(1)
        raise ValueError("boom")

    for _ in range(2):
        with pytest.raises(ValueError, match="boom"):
            f()
    assert calls == [1, 1]
