"""Decorator forms, options, return-value semantics and argument rules (semantics §1)."""

from __future__ import annotations

import pytest

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
