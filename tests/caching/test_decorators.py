"""Decorator forms, return-value semantics, errors, options, replay and spinner (semantics §1)."""

from __future__ import annotations

import pytest

from tests.caching.conftest import no_exceptions
from wasmlit._caching import cache_data, cache_resource
from wasmlit._caching.cache_errors import StreamlitBadTimeStringError
from wasmlit.errors import StreamlitAPIException, StreamlitValueError


# ---------------------------------------------------------------- forms (bare mode, no app running)


def test_bare_with_options_and_plain_call(mem_env):
    calls = []

    @cache_data
    def a(x):
        calls.append(("a", x))
        return x

    @cache_data(ttl=60, max_entries=3)
    def b(x):
        calls.append(("b", x))
        return x

    def c(x):
        calls.append(("c", x))
        return x

    c_cached = cache_resource(c)
    for _ in range(2):
        assert (a(1), b(2), c_cached(3)) == (1, 2, 3)
    assert calls == [("a", 1), ("b", 2), ("c", 3)]


class Svc:
    def __init__(self, ident):
        self.ident = ident

    @cache_data(hash_funcs={f"{__name__}.Svc": lambda s: s.ident})  # by fully-qualified name
    def m(self, x):
        """Doc."""
        Svc.calls.append((self.ident, x))
        return (self.ident, x)

    calls: list = []


def test_wrapper_keeps_metadata_and_binds_as_a_method(mem_env):
    Svc.calls.clear()
    assert Svc.m.__name__ == "m"
    assert Svc.m.__qualname__ == "Svc.m"
    assert Svc.m.__doc__ == "Doc."
    assert callable(Svc.m.__wrapped__)
    assert Svc(1).m(5) == (1, 5)
    assert Svc(1).m(5) == (1, 5)  # another instance with the same ident: hit
    assert Svc(2).m(5) == (2, 5)
    assert Svc.calls == [(1, 5), (2, 5)]
    s = Svc(1)
    s.m.clear(5)  # only (Svc(1), 5)
    s.m(5), Svc(2).m(5)
    assert Svc.calls == [(1, 5), (2, 5), (1, 5)]
    s.m.clear()  # every entry
    Svc(2).m(5)
    assert Svc.calls[-1] == (2, 5)


def test_unknown_and_removed_options_are_type_errors():
    with pytest.raises(TypeError):
        cache_data(experimental_allow_widgets=True)
    with pytest.raises(TypeError):
        cache_resource(experimental_allow_widgets=True)
    with pytest.raises(TypeError):
        cache_data(lambda: 1, 60)  # options are keyword-only


def test_option_validation():
    with pytest.raises(StreamlitValueError, match="scope"):
        cache_data(scope="tab")
    with pytest.raises(StreamlitValueError, match="persist"):
        cache_data(persist="disc")
    with pytest.raises(StreamlitAPIException, match="background"):
        cache_data(ttl=10, refresh_mode="background")
    with pytest.raises(StreamlitBadTimeStringError, match="doesn't look right"):
        cache_data(ttl="an hour")  # at decoration, both decorators (1.67)
    with pytest.raises(StreamlitBadTimeStringError):
        cache_resource(ttl="1x")

    async def coro():
        return 1

    with pytest.raises(StreamlitAPIException):
        cache_resource(validate=coro)


def test_data_miss_returns_the_object_hits_return_fresh_copies(mem_env):
    made = []

    @cache_data
    def f():
        made.append([1, 2])
        return made[-1]

    first = f()
    assert first is made[0]
    second, third = f(), f()
    assert second == third == [1, 2] and second is not first and second is not third
    second.append(3)
    assert f() == [1, 2]


def test_resource_returns_the_same_object(mem_env):
    @cache_resource
    def conn():
        return object()

    assert conn() is conn()


def test_none_is_a_valid_cached_value(mem_env):
    calls = []

    @cache_data
    def f():
        calls.append(1)

    f(), f()
    assert calls == [1]


# ---------------------------------------------------------------- argument rules (§1.4)


def test_argument_rules(mem_env):
    calls = []

    @cache_data
    def f(x, y=0, *args, _skip=None, **kwargs):
        calls.append((x, y, args, kwargs))
        return len(calls)

    assert f(1) == f(x=1) == 1
    assert f(1, y=0) == f(1, 0) == 2
    assert f(y=0, x=1) == 3  # keyword order matters
    assert f(1, 0, 5) != f(1, 0, 6)  # unnamed *args are hashed
    n = len(calls)
    f(1, _skip=object()), f(1, _skip=object())
    f(1, _k=1), f(1, _k=2)  # **kwargs starting with _ are skipped
    assert len(calls) == n  # all four are f(1): already cached
    assert f(1, z=1) != f(1, z=2)


def test_self_is_hashed_and_underscore_self_shares(mem_env):
    from wasmlit._caching.cache_errors import UnhashableParamError

    class A:
        @cache_data
        def m(self):
            return 1

        @cache_data
        def shared(_self, x):
            return id(_self)

    with pytest.raises(UnhashableParamError, match="Cannot hash argument 'self'"):
        A().m()
    a, b = A(), A()
    assert a.shared(1) == b.shared(1) == id(a)


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


# ---------------------------------------------------------------- in an app: errors, replay, spinner


def test_unserializable_return_value(mem_env):
    at = mem_env.app("""
import threading

@st.cache_data
def lock():
    probe.calls.append(1)
    return threading.Lock()

lock()
""").run()
    msg = at.exception[0].message
    assert "Cannot serialize the return value (of type `_thread.lock`)\n            in `lock()`." in msg
    assert "st.cache_resource" in msg
    at.run()
    assert mem_env.calls == [1, 1]


def test_unhashable_param_message(mem_env):
    at = mem_env.app("""
@st.cache_data
def load(conn, n):
    return n

load(lambda: 1, 3)
""").run()
    msg = at.exception[0].message
    assert msg.startswith("Cannot hash argument 'conn' (of type `builtins.function`) in 'load'.")
    assert "@st.cache_data\ndef load(_conn, ...):" in msg


def test_user_hash_error_message(mem_env):
    at = mem_env.app("""
class Thing:
    pass

def bad_hash(t):
    raise RuntimeError("nope")

@st.cache_resource(hash_funcs={Thing: bad_hash})
def use(t):
    return 1

use(Thing())
""").run()
    msg = at.exception[0].message
    assert msg.startswith("nope")
    assert "`bad_hash()`" in msg and "`@st.cache_resource`" in msg and "`use()`" in msg
    assert "`__main__.Thing`" in msg


def test_cache_errors_import_path(mem_env):
    at = mem_env.app("""
from streamlit.runtime.caching.cache_errors import UnhashableParamError
from streamlit.errors import StreamlitAPIException
st.write(str(issubclass(UnhashableParamError, StreamlitAPIException)))
""").run()
    no_exceptions(at)
    assert at.markdown.values == ["True"]


def test_replay_into_the_call_site_container(mem_env):
    app = mem_env.app("""
@st.cache_data
def part(n):
    probe.calls.append(n)
    st.text(f"part {n}")
    with st.expander("details"):
        st.text("inside")
    return n

a, b = st.columns(2)
with a:
    part(1)
with b:
    part(1)
""")
    at = app.run()
    no_exceptions(at)
    assert mem_env.calls == [1]
    for col in at.columns:
        assert col.text.values == ["part 1", "inside"]
        assert col.expander[0].text.values == ["inside"]


def test_resource_replays_too(mem_env):
    app = mem_env.app("""
@st.cache_resource
def r():
    st.text("made")
    return 1
r()
""")
    app.run()
    assert app.run().text.values == ["made"]


def test_nested_cached_functions_record_into_the_outer(mem_env):
    app = mem_env.app("""
@st.cache_data
def inner(x):
    probe.calls.append(("inner", x))
    st.text(f"inner {x}")
    return x

@st.cache_data
def outer():
    probe.calls.append("outer")
    st.text("outer")
    return inner(1) + inner(2)

st.write(outer())
""")
    first = app.run()
    st_clear_inner = app.run(new_session=True)
    assert first.text.values == st_clear_inner.text.values == ["outer", "inner 1", "inner 2"]
    assert mem_env.calls == ["outer", ("inner", 1), ("inner", 2)]


def test_writing_into_an_outside_container_fails_on_the_hit(mem_env):
    app = mem_env.app("""
outer = st.container()

@st.cache_data
def f():
    outer.text("into outer")
    return 1

f()
""")
    first = app.run()
    no_exceptions(first)
    assert first.text.values == ["into outer"]
    second = app.run()
    assert "a streamlit element is called on some layout block" in second.exception[0].message
    assert "created outside the function" in second.exception[0].message


def test_widget_in_a_cached_function_warns(mem_env):
    app = mem_env.app("""
@st.cache_data
def f():
    st.checkbox("inside")
    return 1

f()
""")
    for at in (app.run(), app.run()):
        assert len(at.checkbox) == 1
        assert len(at.exception) == 1
        assert at.exception[0].is_warning
        assert "widget command in a cached function" in at.exception[0].message


def _spinners(at):
    return [m["node"]["props"]["text"] for m in at._local.messages
            if m.get("type") == "delta" and m["node"].get("type") == "spinner"]


def test_spinner_on_a_miss_only_and_its_text(mem_env):
    app = mem_env.app("""
@st.cache_data
def no_args():
    return 1

@st.cache_data
def with_args(x):
    return x

@st.cache_data(show_spinner="Loading data...")
def custom():
    return 1

@st.cache_data(show_spinner=False)
def silent():
    return 1

no_args(); with_args(1); custom(); silent()
""")
    at = app.run()
    assert _spinners(at) == ["Running `no_args()`.", "Running `with_args(...)`.", "Loading data..."]
    assert at.get("spinner") == []  # removed once the miss finished
    at._local.messages.clear()
    app.run()
    assert _spinners(at) == []


def test_only_the_outermost_cached_call_shows_a_spinner(mem_env):
    at = mem_env.app("""
@st.cache_data
def inner():
    return 1

@st.cache_data
def outer():
    return inner()

outer()
""").run()
    assert _spinners(at) == ["Running `outer()`."]


def test_session_scope_is_per_session(mem_env):
    src = """
@st.cache_data(scope="session")
def per_session():
    probe.calls.append(1)
    return 1

@st.cache_resource(scope="session")
def res():
    probe.calls.append(2)
    return 2

per_session(); res()
"""
    app = mem_env.app(src)
    app.run()
    app.run()
    app.run(new_session=True)
    assert mem_env.calls == [1, 2, 1, 2]
    assert mem_env.store.metas() == []  # session caches never persist


def test_the_warning_comes_before_the_widget(mem_env):
    at = mem_env.app("""
@st.cache_data
def f():
    st.checkbox("inside")
f()
""").run()
    assert [c.type for c in at.main.children if c.type != "empty"] == ["exception", "checkbox"]
    assert at.exception[0].message.startswith("\nYour script uses a widget command in a cached function\n"
                                              "(function decorated with `@st.cache_data` or `@st.cache_resource`).")
