"""Hashing cached functions' arguments by Streamlit 1.67's rules (semantics §1.5).

Each value is tagged with its type's qualified name and turned into bytes; the
bytes of all arguments feed one md5 (only hit versus miss is observable). pandas,
numpy, PIL and pydantic are never imported here: an object can only be one of
theirs if its library is already in ``sys.modules``.
"""

from __future__ import annotations

import collections.abc
import dataclasses
import datetime
import enum
import functools
import hashlib
import inspect
import io
import os
import pickle
import re
import struct
import sys
import types
import uuid
from typing import Any, Callable

from wasmlit._caching.cache_errors import CacheType, UnhashableTypeError, UserHashError, fqn_type

# 1.67 sampling rules (1.39 used 100k rows / 1M elements)
PANDAS_ROWS_LARGE = 50_000
PANDAS_SAMPLE_SIZE = 10_000
NP_SIZE_LARGE = 500_000
NP_SAMPLE_SIZE = 100_000
HASH_SEED = 0  # runner.cacheHashSeed

_CYCLE_PLACEHOLDER = b"streamlit-57R34ML17-hesamagicalponyflyingthroughthesky-CYCLE"
_NO_RESULT = object()

HashFuncs = dict[Any, Callable[[Any], Any]]


def normalize_hash_funcs(hash_funcs: HashFuncs | None) -> dict[str, Callable[[Any], Any]]:
    """Keys become fully-qualified type names (``module.Qualname``); exact types only."""
    out: dict[str, Callable[[Any], Any]] = {}
    for key, fn in (hash_funcs or {}).items():
        out[key if isinstance(key, str) else f"{key.__module__}.{key.__qualname__}"] = fn
    return out


def _is_simple(obj: Any) -> bool:
    return obj is None or isinstance(obj, (bytes, bytearray, str, float, int, bool, uuid.UUID))


def _memo_key(obj: Any) -> Any:
    if _is_simple(obj):
        return obj if not isinstance(obj, bytearray) else ("__ba", bytes(obj))
    if isinstance(obj, tuple) and all(map(_is_simple, obj)):
        return ("__t", obj)
    if isinstance(obj, list) and all(map(_is_simple, obj)):
        return ("__l", tuple(obj))
    if inspect.isbuiltin(obj) or inspect.isroutine(obj) or inspect.iscode(obj):
        return ("__id", id(obj))
    return _NO_RESULT


def _module_type(name: str, attr: str) -> type | None:
    module = sys.modules.get(name)
    return getattr(module, attr, None) if module is not None else None


class Hasher:
    """Turns one call's arguments into bytes; one instance per value-key computation."""

    def __init__(self, cache_type: CacheType, hash_funcs: dict[str, Callable[[Any], Any]],
                 hash_source: Any = None) -> None:
        self.cache_type = cache_type
        self.hash_funcs = hash_funcs
        self.hash_source = hash_source
        self._memo: dict[Any, bytes] = {}
        self._stack: list[Any] = []  # objects being hashed (cycle detection + UserHashError chain)

    def update(self, hasher: Any, obj: Any) -> None:
        hasher.update(self.to_bytes(obj))

    def to_bytes(self, obj: Any) -> bytes:
        tname = type(obj).__qualname__.encode()
        key = _memo_key(obj)
        if key is not _NO_RESULT:
            key = (tname, key)
            cached = self._memo.get(key)
            if cached is not None:
                return cached
        if any(o is obj for o in self._stack):
            return _CYCLE_PLACEHOLDER
        self._stack.append(obj)
        try:
            result = b"%s:%s" % (tname, self._to_bytes(obj))
        finally:
            self._stack.pop()
        if key is not _NO_RESULT:
            self._memo[key] = result
        return result

    def _pretty_stack(self) -> str:
        lines = []
        for o in self._stack:
            try:
                r = repr(o)
            except Exception:
                r = "<unrepresentable>"
            lines.append(f"Object of type {fqn_type(o)}: {r[:200]}")
        return "\n".join(lines)

    # The order of the branches is Streamlit's: bytes and mocks, then hash_funcs, then the rest.
    def _to_bytes(self, obj: Any) -> bytes:  # noqa: C901 - one flat dispatch, as in Streamlit
        mock = _module_type("unittest.mock", "Mock")
        if mock is not None and isinstance(obj, mock):
            return str(id(obj)).encode()
        if isinstance(obj, (bytes, bytearray)):
            return bytes(obj)
        if self.hash_funcs:
            fn = self.hash_funcs.get(fqn_type(obj))
            if fn is not None:
                try:
                    output = fn(obj)
                except Exception as exc:
                    raise UserHashError(exc, obj, fn, self.cache_type, self.hash_source,
                                        self._pretty_stack()) from exc
                if type(output) is type(obj):  # e.g. {str: str.lower}: hash the result by the builtin rules
                    return b"%s:%s" % (type(output).__qualname__.encode(), self._builtin_to_bytes(output))
                return self.to_bytes(output)
        return self._builtin_to_bytes(obj)

    def _builtin_to_bytes(self, obj: Any) -> bytes:  # noqa: C901
        h = hashlib.md5(usedforsecurity=False)
        if isinstance(obj, str):
            return obj.encode()
        if isinstance(obj, float):
            return struct.pack("<d", obj)
        if isinstance(obj, int):
            return obj.to_bytes((obj.bit_length() + 8) // 8, "little", signed=True)
        if isinstance(obj, uuid.UUID):
            return obj.bytes
        if isinstance(obj, datetime.datetime):
            return obj.isoformat().encode()
        if isinstance(obj, (list, tuple)):
            for item in obj:
                self.update(h, item)
            return h.digest()
        if isinstance(obj, dict):
            for item in obj.items():
                self.update(h, item)
            return h.digest()
        if obj is None:
            return b"0"
        if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
            return self.to_bytes(dataclasses.asdict(obj))
        if isinstance(obj, enum.Enum):
            return str(obj).encode()
        special = self._library_object(obj, h)
        if special is not None:
            return special
        if inspect.isbuiltin(obj):
            return obj.__name__.encode()
        if isinstance(obj, (types.MappingProxyType, collections.abc.ItemsView)):
            return self.to_bytes(dict(obj))
        if isinstance(obj, re.Pattern):
            return self.to_bytes([obj.pattern, obj.flags])
        if isinstance(obj, (io.StringIO, io.BytesIO)):
            self.update(h, obj.tell())
            self.update(h, obj.getvalue())
            return h.digest()
        if isinstance(obj, io.IOBase) and isinstance(getattr(obj, "name", None), str):
            self.update(h, obj.name)
            try:
                self.update(h, os.path.getmtime(obj.name))
            except OSError:
                pass
            self.update(h, obj.tell())
            return h.digest()
        if inspect.ismodule(obj):
            return self.to_bytes(obj.__name__)
        if inspect.isclass(obj):
            return self.to_bytes(obj.__name__)
        if isinstance(obj, functools.partial):
            self.update(h, obj.args)
            self.update(h, obj.func)
            self.update(h, obj.keywords)
            return h.digest()
        try:
            reduce_data = obj.__reduce__()
        except Exception as exc:
            raise UnhashableTypeError() from exc
        for item in reduce_data:
            self.update(h, item)
        return h.digest()

    def _library_object(self, obj: Any, h: Any) -> bytes | None:
        """pandas, numpy, PIL and pydantic objects; None when ``obj`` is none of them."""
        module = type(obj).__module__.split(".", 1)[0]
        if module == "pandas" or "pandas" in sys.modules:
            pd = sys.modules.get("pandas")
            if pd is not None:
                if isinstance(obj, (pd.DataFrame, pd.Series, pd.Index)):
                    return self._pandas(pd, obj, h)
        np = sys.modules.get("numpy")
        if np is not None:
            if isinstance(obj, np.ndarray):
                return self._numpy(np, obj, h)
            if isinstance(obj, np.ufunc):
                return obj.__name__.encode()
        image = _module_type("PIL.Image", "Image")
        if image is not None and isinstance(obj, image):
            self.update(h, obj.mode)
            self.update(h, obj.size)
            self.update(h, obj.tobytes())
            if obj.mode == "P" and obj.getpalette() is not None:
                self.update(h, bytes(obj.getpalette()))
            return h.digest()
        base_model = _module_type("pydantic", "BaseModel")
        if base_model is not None and isinstance(obj, base_model):
            try:
                dumped = obj.model_dump_json() if hasattr(obj, "model_dump_json") else obj.json()
            except Exception as exc:
                raise UnhashableTypeError() from exc
            return self.to_bytes(dumped)
        return None

    def _pandas(self, pd: Any, obj: Any, h: Any) -> bytes:
        if not isinstance(obj, pd.Index) and len(obj) >= PANDAS_ROWS_LARGE:
            obj = obj.sample(n=PANDAS_SAMPLE_SIZE, random_state=HASH_SEED)
        try:
            if isinstance(obj, pd.DataFrame):
                self.update(h, obj.shape)
                self.update(h, pd.util.hash_pandas_object(obj.dtypes).to_numpy().tobytes())
                self.update(h, pd.util.hash_pandas_object(obj).to_numpy().tobytes())
            else:
                self.update(h, obj.size)
                self.update(h, str(obj.dtype))
                self.update(h, pd.util.hash_pandas_object(obj).to_numpy().tobytes())
            return h.digest()
        except TypeError:
            # Unhashable cells (lists, dicts): fall back to pickle, as Streamlit does.
            try:
                return pickle.dumps(obj, pickle.HIGHEST_PROTOCOL)
            except Exception as exc:
                raise UnhashableTypeError() from exc

    def _numpy(self, np: Any, obj: Any, h: Any) -> bytes:
        self.update(h, obj.shape)
        self.update(h, str(obj.dtype))
        if obj.size >= NP_SIZE_LARGE:
            state = np.random.RandomState(HASH_SEED)
            obj = state.choice(obj.flat, size=NP_SAMPLE_SIZE)
        if obj.dtype == object:
            for item in obj.flat:
                self.update(h, item)
        else:
            self.update(h, np.ascontiguousarray(obj).tobytes())
        return h.digest()
