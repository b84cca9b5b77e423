"""Argument hashing by Streamlit 1.67's rules (semantics §1.5): equal keys hit, different keys miss."""

from __future__ import annotations

import dataclasses
import datetime
import decimal
import enum
import functools
import pathlib
import re
import uuid
from unittest import mock

import pytest

from wasmlit._caching.cache_errors import CacheType, UnhashableParamError, UserHashError
from wasmlit._caching.decorators import make_value_key
from wasmlit._caching.hashing import normalize_hash_funcs


def key(value, hash_funcs=None):
    def f(x):
        return x

    return make_value_key(CacheType.DATA, f, ["x"], (value,), {}, normalize_hash_funcs(hash_funcs))


@dataclasses.dataclass
class D:
    a: int


@dataclasses.dataclass
class D2:
    a: int


class Color(enum.Enum):
    RED = 1


def _cls_a():
    class C:
        pass
    return C


def _cls_b():
    class C:
        x = 1
    return C


DIFFERENT = [
    (b"ab", bytearray(b"ab")), (b"ab", "ab"), (1, 1.0), (1, True), (0, False), (0, None), (False, None),
    (-0.0, 0.0), ([1, 2], (1, 2)), ({"a": 1, "b": 2}, {"b": 2, "a": 1}),
    (D(1), D2(1)), (D(1), {"a": 1}), (re.compile("a"), re.compile("a", re.I)),
    (datetime.datetime(2024, 1, 1), datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc)),
    (len, max), (decimal.Decimal("1.0"), decimal.Decimal("1.00")), (pathlib.Path("a"), pathlib.Path("b")),
    (range(3), range(4)), (datetime.date(2024, 1, 1), datetime.date(2024, 1, 2)),
    (uuid.UUID(int=1), uuid.UUID(int=2)), (re, dataclasses),
]
SAME = [
    (float("nan"), float("nan")), ([1, [2, {"x": (3,)}]], [1, [2, {"x": (3,)}]]), (D(1), D(1)),
    (uuid.UUID(int=7), uuid.UUID(int=7)), (Color.RED, Color.RED), ({1, 2}, {2, 1}),
    (decimal.Decimal("1.5"), decimal.Decimal("1.5")), (_cls_a(), _cls_b()),  # classes hash by __name__
    (functools.partial(max, 1), functools.partial(max, 1)), (datetime.timedelta(1), datetime.timedelta(days=1)),
]


@pytest.mark.parametrize("a,b", DIFFERENT)
def test_different_values_miss(a, b):
    assert key(a) != key(b)


@pytest.mark.parametrize("a,b", SAME)
def test_equal_values_hit(a, b):
    assert key(a) == key(b)


@pytest.mark.parametrize("value", [lambda: 1, key, object(), complex(1, 2), functools.partial(key, 1),
                                   (x for x in ())])
def test_unhashable_values(value):
    with pytest.raises(UnhashableParamError, match="Cannot hash argument 'x'") as info:
        key(value)
    assert isinstance(info.value.__cause__.__cause__, TypeError)


def test_unnamed_args_message():
    def f(*args):
        return args

    with pytest.raises(UnhashableParamError) as info:
        make_value_key(CacheType.RESOURCE, f, [], (lambda: 1,), {}, {})
    assert "Cannot hash argument '(unnamed)'" in str(info.value)
    assert "@st.cache_resource\ndef f(_arg, ...):" in str(info.value)


def test_cycles_do_not_recurse_forever():
    a: list = [1]
    a.append(a)
    b: list = [1]
    b.append(b)
    assert key(a) == key(b)


def test_mocks_hash_by_identity():
    m = mock.MagicMock()
    assert key(m) == key(m) and key(m) != key(mock.MagicMock())


def test_hash_funcs_by_type_and_name_at_any_depth_exact_type_only():
    class Conn:
        def __init__(self, url):
            self.url = url

    class SubConn(Conn):
        pass

    by_type = {Conn: lambda c: c.url}
    assert key([Conn("a")], by_type) == key([Conn("a")], by_type)
    assert key({"c": Conn("a")}, by_type) != key({"c": Conn("b")}, by_type)
    by_name = {f"{Conn.__module__}.{Conn.__qualname__}": lambda c: c.url}
    assert key(Conn("a"), by_name) == key(Conn("a"), by_type)
    with pytest.raises(UnhashableParamError):
        key(SubConn("a"), by_type)  # subclasses do not match


def test_hash_funcs_can_override_builtins():
    ignore_case = {str: lambda s: s.lower()}
    assert key("ABC", ignore_case) == key("abc", ignore_case)
    assert key("ABC") != key("abc")


def test_user_hash_error():
    def bad(_obj):
        raise ValueError("broken hasher")

    with pytest.raises(UserHashError, match="broken hasher") as info:
        key([D(1)], {D: bad})
    assert "`bad()`" in str(info.value) and f"`{D.__module__}.D`" in str(info.value)


# ---------------------------------------------------------------- pandas / numpy (imported lazily)

pd = pytest.importorskip("pandas")
np = pytest.importorskip("numpy")


def test_dataframes():
    df = pd.DataFrame({"a": [1, 2, 3], "b": ["x", "y", "z"]})
    assert key(df) == key(df.copy())
    assert key(df) != key(df.rename(columns={"a": "A"}))
    assert key(df) != key(df.set_index(pd.Index([5, 6, 7])))
    assert key(df) != key(df.astype({"a": "float64"}))
    changed = df.copy()
    changed.loc[1, "a"] = 99
    assert key(df) != key(changed)
    assert key(df["a"]) == key(df["a"].copy()) and key(df["a"]) != key(df["b"])
    assert key(df.index) == key(pd.RangeIndex(3))


def test_large_dataframes_are_sampled():
    df = pd.DataFrame({"a": np.arange(60_000)})
    h = key(df)
    sampled_rows = set(df.sample(n=10_000, random_state=0).index)
    unsampled = next(i for i in range(60_000) if i not in sampled_rows)
    stale = df.copy()
    stale.loc[unsampled, "a"] = -1
    assert key(stale) == h  # Streamlit 1.67: an unsampled cell change is a stale hit
    fresh = df.copy()
    fresh.loc[next(iter(sampled_rows)), "a"] = -1
    assert key(fresh) != h


def test_unhashable_cells_fall_back_to_pickle():
    df = pd.DataFrame({"a": [[1], [2]]})
    assert key(df) == key(pd.DataFrame({"a": [[1], [2]]}))
    assert key(df) != key(pd.DataFrame({"a": [[1], [3]]}))


def test_numpy_arrays():
    a = np.arange(10)
    assert key(a) == key(np.arange(10))
    assert key(a) != key(a.astype("int32"))
    assert key(a) != key(a.reshape(2, 5))
    big = np.zeros(600_000)
    changed = big.copy()
    changed[np.random.RandomState(0).choice(600_000, 100_000)] = 1  # not how sampling picks: just many
    assert key(big) != key(changed)
    assert key(np.add) == key(np.add) and key(np.add) != key(np.multiply)


def test_hash_funcs_returning_another_type():
    as_text = {int: lambda x: "hello"}  # Streamlit's test_override_streamlit_hash_func
    assert key(1) != key(1, as_text)
    assert key(1, as_text) == key(2, as_text)
