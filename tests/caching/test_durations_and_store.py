"""ttl/max_size parsing, the preloaded store's write-behind ops, storage failure, boot, config, start-up imports."""

from __future__ import annotations

import json
import logging
import math
import subprocess
import sys
from datetime import timedelta

import pytest

from wasmlit._caching import runtime as cache_runtime
from wasmlit._caching.cache_errors import StreamlitBadTimeStringError
from wasmlit._caching.durations import size_to_bytes, ttl_to_seconds
from wasmlit._caching.storage import (
    MemoryStore,
    PreloadedStore,
    coalesce,
)
from wasmlit.errors import StreamlitAPIException
from tests.caching.conftest import no_exceptions

TTL_STRINGS = ["1h", "1d", "30m", "1m", "1min", "1h23s", "1.5 days", "2 days", "1d2h34m", "10s", "100ms",
               "1w", "1 day 2 hours", "00:30:00", "2 days 03:00:00", "-1h", "1H", "5 minutes", "10"]


@pytest.mark.filterwarnings("ignore::DeprecationWarning", "ignore::FutureWarning")
@pytest.mark.parametrize("text", TTL_STRINGS)
def test_ttl_strings_match_pandas(text):
    pd = pytest.importorskip("pandas")
    try:
        expected = pd.Timedelta(text).total_seconds()
    except ValueError:
        pytest.skip(f"this pandas rejects {text!r}")
    assert ttl_to_seconds(text) == pytest.approx(expected, abs=1e-9)


@pytest.mark.parametrize("text", ["", "an hour", "1x", "h", "1M", "1 parsec", "1h foo", "1.5"])
def test_bad_ttl_strings(text):
    with pytest.raises(StreamlitBadTimeStringError, match="doesn't look right"):
        ttl_to_seconds(text)


def test_ttl_other_forms():
    assert ttl_to_seconds(None) == math.inf
    assert ttl_to_seconds(90) == 90.0
    assert ttl_to_seconds(timedelta(minutes=2)) == 120.0
    assert ttl_to_seconds("10") == pytest.approx(1e-8)  # a unit-less string is nanoseconds (pandas)


def test_max_size():
    assert size_to_bytes(None) is None
    assert size_to_bytes(123) == 123
    assert size_to_bytes("1KB") == size_to_bytes("1kib") == 1024
    assert size_to_bytes("1.5 MB") == 1572864
    assert size_to_bytes("2GiB") == 2 * 1024**3
    with pytest.raises(StreamlitAPIException):
        size_to_bytes("lots")


# ---------------------------------------------------------------- write-behind ops


def test_coalesce_drops_superseded_writes():
    put = lambda k, fk="f": {"op": "put", "key": k, "app_id": "a", "function_key": fk, "meta_json": "{}", "value": b""}
    ops = [put("1"), put("1"), {"op": "delete", "key": "2"}, put("2"), {"op": "touch", "key": "2", "meta_json": "{}"},
           put("3", "g"), {"op": "delete_function", "app_id": "a", "function_key": "g"}, put("4", "g")]
    assert [(o["op"], o.get("key")) for o in coalesce(ops)] == [
        ("put", "1"), ("put", "2"), ("touch", "2"), ("delete_function", None), ("put", "4")]
    assert [o["op"] for o in coalesce([put("1"), {"op": "clear_app", "app_id": "a"}, put("2")])] == ["clear_app", "put"]


@pytest.mark.parametrize("cache_env", ["preloaded"], indirect=True)
def test_ops_after_runs(cache_env):
    app = cache_env.app("""
@st.cache_data
def f(x):
    return x
f(1); f(2)
""")
    from wasmlit.testing import AppTest

    at = AppTest.from_string(app.source).run()
    ops = cache_env.store.take_ops()
    assert [o["op"] for o in ops] == ["put", "put"]
    for op in ops:
        assert op["app_id"] == "app" and isinstance(op["value"], bytes)
        meta = json.loads(op["meta_json"])
        assert meta["key"] == op["key"] and meta["size"] == len(op["value"])
        assert meta["runtime"] and meta["python"] == f"{sys.version_info[0]}.{sys.version_info[1]}"
    at.run()
    assert cache_env.store.take_ops() == []  # hits write nothing (access times are lazy)


@pytest.mark.parametrize("cache_env", ["preloaded"], indirect=True)
def test_quota_failure_degrades_to_memory_with_one_toast(cache_env):
    from wasmlit._platform.cpython import LocalSession
    from wasmlit.testing import AppTest

    app = cache_env.app("""
@st.cache_data
def f(x):
    probe.calls.append(x)
    return x
f(st.session_state.get("x", 1))
""")
    at = AppTest.from_string(app.source).run()
    local: LocalSession = at._local
    local.cache_storage_failed("QuotaExceededError")
    local.cache_storage_failed("QuotaExceededError")
    toasts = [m for m in local.messages if m.get("type") == "effect" and m["effect"] == "toast"]
    assert len(toasts) == 1 and "QuotaExceededError" in toasts[0]["body"]
    at.session_state["x"] = 2
    at.run()
    at.run()
    no_exceptions(at)
    assert cache_env.calls == [1, 2]  # still cached, in memory
    assert local.take_cache_ops() == []


def test_boot_without_indexeddb_is_memory_only_with_a_console_notice(tmp_path, caplog):
    with caplog.at_level(logging.WARNING, logger="wasmlit"):
        rt = cache_runtime.boot("app", None, str(tmp_path))
    assert type(rt.store) is MemoryStore
    assert "IndexedDB is not available" in caplog.text
    assert cache_runtime.take_ops() == []


def test_boot_reads_the_budget_from_config_toml(tmp_path):
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "config.toml").write_text("[wasmlit]\ncacheBudgetMB = 1.5\n")
    rt = cache_runtime.boot("app", [], str(tmp_path))
    assert isinstance(rt.store, PreloadedStore) and rt.store.budget_bytes == int(1.5 * 1024 * 1024)
    assert cache_runtime.read_budget_bytes(str(tmp_path / "nowhere")) == 256 * 1024 * 1024


def test_bad_and_foreign_records_are_skipped_or_deleted():
    records = [
        {"key": "app/f/1", "app_id": "app", "function_key": "f", "meta_json": "not json", "value": b""},
        {"key": "other/f/1", "app_id": "other", "function_key": "f", "meta_json": "{}", "value": b""},
    ]
    store = PreloadedStore("app", records)
    assert store.metas() == []
    assert store.take_ops() == [{"op": "delete", "key": "app/f/1"}]


def test_the_runtime_starts_with_the_standard_library_only():
    code = ("import sys, wasmlit.st, wasmlit._caching, wasmlit._platform.cpython;"
            "print(sorted(m for m in ('pandas', 'numpy', 'PIL', 'pydantic') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
