"""cache_data persists across page reloads, behind the same store protocol (memory, file, preloaded)."""

from __future__ import annotations

import pytest

from wasmlit._caching import storage
from tests.caching.conftest import no_exceptions

LOAD = """
@st.cache_data
def load(n):
    probe.calls.append(n)
    return {"n": n, "rows": list(range(n))}

value = load(3)
st.write(f"rows={len(value['rows'])}")
"""


def test_a_hit_does_not_run_the_function_again(cache_env):
    app = cache_env.app(LOAD)
    at = app.run()
    no_exceptions(at)
    assert at.markdown.values == ["rows=3"]
    app.run()
    app.run(new_session=True)
    assert cache_env.calls == [3]
    assert app.at.markdown.values == ["rows=3"]


def test_a_reload_does_not_rerun_a_valid_entry(cache_env):
    cache_env.app(LOAD).run()
    cache_env.restart()
    at = cache_env.app(LOAD).run()
    assert cache_env.calls == [3]
    assert at.markdown.values == ["rows=3"]


def test_memory_opt_out_is_not_persisted(cache_env):
    src = LOAD.replace("@st.cache_data", '@st.cache_data(persist="memory")')
    app = cache_env.app(src)
    app.run()
    app.run()
    assert cache_env.calls == [3]  # still cached in memory
    cache_env.restart()
    cache_env.app(src).run()
    assert cache_env.calls == [3, 3]
    assert cache_env.store.metas() == []


@pytest.mark.parametrize("persist", ["'disk'", "True", "None"])
def test_persist_disk_true_none_persist(cache_env, persist):
    src = LOAD.replace("@st.cache_data", f"@st.cache_data(persist={persist})")
    cache_env.app(src).run()
    cache_env.restart()
    cache_env.app(src).run()
    assert cache_env.calls == [3]


def test_ttl_is_wall_clock_across_reloads(cache_env):
    src = LOAD.replace("@st.cache_data", '@st.cache_data(ttl="1m")')
    cache_env.app(src).run()
    cache_env.now += 30
    cache_env.restart()
    cache_env.app(src).run()
    assert cache_env.calls == [3]  # 30 s old: still valid after the reload
    cache_env.now += 31
    cache_env.restart()
    cache_env.app(src).run()
    assert cache_env.calls == [3, 3]  # 61 s: expired


def test_a_hit_keeps_the_write_time_for_ttl(cache_env):
    src = LOAD.replace("@st.cache_data", "@st.cache_data(ttl=10)")
    app = cache_env.app(src)
    app.run()
    for _ in range(3):
        cache_env.now += 4
        app.run()
    assert cache_env.calls == [3, 3]  # recomputed at 12 s although read at 4 and 8 s


@pytest.mark.parametrize("field", ["RUNTIME_VERSION", "PYTHON_VERSION"])
def test_another_runtime_or_python_version_is_a_miss(cache_env, monkeypatch, field):
    cache_env.app(LOAD).run()
    monkeypatch.setattr(storage, field, "9.99")
    cache_env.restart()
    cache_env.app(LOAD).run()
    assert cache_env.calls == [3, 3]
    cache_env.restart()
    cache_env.app(LOAD).run()
    assert cache_env.calls == [3, 3]  # the new entry carries the new version


def test_editing_the_function_is_a_miss_and_reverting_hits(cache_env):
    edited = LOAD.replace("probe.calls.append(n)", "probe.calls.append(n)  # edited")
    cache_env.app(LOAD).run()
    cache_env.restart()
    cache_env.app(edited).run()
    assert cache_env.calls == [3, 3]
    cache_env.restart()
    cache_env.app(LOAD).run()
    assert cache_env.calls == [3, 3]  # the original code's entry is still there


def test_editing_other_code_keeps_the_entry(cache_env):
    cache_env.app(LOAD).run()
    cache_env.restart()
    cache_env.app(LOAD + "\nst.caption('new line')\n").run()
    assert cache_env.calls == [3]


def test_a_corrupt_entry_is_dropped_and_recomputed(cache_env):
    cache_env.app(LOAD).run()
    assert cache_env.corrupt() == 1
    cache_env.restart()
    at = cache_env.app(LOAD).run()
    no_exceptions(at)
    assert at.markdown.values == ["rows=3"]
    assert cache_env.calls == [3, 3]
    cache_env.restart()
    cache_env.app(LOAD).run()
    assert cache_env.calls == [3, 3]  # the recomputed entry is good


def test_clear_all_is_persisted(cache_env):
    src = LOAD + "\nif st.session_state.get('clear'):\n    st.cache_data.clear()\n"
    cache_env.app(src).run()
    app = cache_env.app(src)
    app.run()
    app.at.session_state["clear"] = True
    app.run()
    assert cache_env.calls == [3]
    cache_env.restart()
    cache_env.app(src).run()
    assert cache_env.calls == [3, 3]


def test_function_clear_is_persisted_and_spares_other_functions(cache_env):
    src = """
@st.cache_data
def a():
    probe.calls.append("a")
    return 1

@st.cache_data
def b(x):
    probe.calls.append(("b", x))
    return x

a(); b(1); b(2)
if st.session_state.get("clear") == "a":
    a.clear()
elif st.session_state.get("clear") == "b1":
    b.clear(1)
"""
    app = cache_env.app(src)
    app.run()
    app.at.session_state["clear"] = "a"
    app.run()
    app.at.session_state["clear"] = "b1"
    app.run()
    cache_env.restart()
    cache_env.app(src).run()
    assert cache_env.calls == ["a", ("b", 1), ("b", 2), "a", ("b", 1)]


def test_budget_evicts_least_recently_used(cache_env):
    cache_env.budget = 3 * 1100  # room for three ~1 KB entries
    cache_env.restart()
    app = cache_env.app("""
@st.cache_data
def blob(i):
    probe.calls.append(i)
    return bytes(1000)

for i in st.session_state.get("order", []):
    blob(i)
""")
    # 1, 2, 3 fill the budget; reading 1 again makes 2 the least recently used; 4 evicts 2
    for order in ([1], [2], [3], [1], [4]):
        cache_env.now += 120  # past the lazy access-time interval, so reads are persisted too
        app.run_with_state(order=order)
    assert cache_env.calls == [1, 2, 3, 4]
    cache_env.restart()
    app.run_with_state(order=[1, 3, 4, 2])
    assert cache_env.calls == [1, 2, 3, 4, 2]  # only 2 was evicted
    assert cache_env.store.total_bytes <= cache_env.budget


def test_a_value_larger_than_the_budget_is_cached_in_memory_only(cache_env):
    cache_env.budget = 500
    cache_env.restart()
    app = cache_env.app(LOAD.replace("load(3)", "load(300)"))
    app.run()
    app.run()
    assert cache_env.calls == [300]
    cache_env.restart()
    app.run(new_session=True)
    assert cache_env.calls == [300, 300]


def test_two_apps_on_one_origin_are_isolated(cache_env):
    cache_env.app(LOAD).run()
    cache_env.restart(app_id="other-app")
    cache_env.app(LOAD).run()
    assert cache_env.calls == [3, 3]
    cache_env.app(LOAD + "\nst.cache_data.clear()\n").run()  # clears other-app only
    cache_env.restart(app_id="app")
    cache_env.app(LOAD).run()
    assert cache_env.calls == [3, 3]


def test_elements_are_replayed_on_hits_after_a_reload(cache_env):
    src = """
@st.cache_data
def report(n):
    probe.calls.append(n)
    st.markdown(f"**report {n}**")
    left, right = st.columns(2)
    left.text("left side")
    with right:
        st.text("right side")
    st.sidebar.text("in the sidebar")
    return n * 2

with st.container():
    st.caption("before")
    v = report(4)
st.write(f"value={v}")
"""
    first = cache_env.app(src).run()
    cache_env.restart()
    second = cache_env.app(src).run()
    assert cache_env.calls == [4]
    no_exceptions(second)
    for at in (first, second):
        assert at.markdown.values == ["**report 4**", "value=8"]
        assert at.columns[0].text.values == ["left side"]
        assert at.columns[1].text.values == ["right side"]
        assert at.sidebar.text.values == ["in the sidebar"]
    # the replayed elements are inside the call site's container, in the same order
    types_first = [c.type for c in first.main.children[0].children if c.type != "empty"]
    types_second = [c.type for c in second.main.children[0].children if c.type != "empty"]
    assert types_first == types_second == ["caption", "markdown", "horizontal"]
