"""``st.cache_data`` and ``st.cache_resource``: the decorators and the call path.

A call: compute the function key (module + qualname + source), the value key
(arguments by Streamlit's rules), look the entry up, and on a hit return a fresh
unpickled copy (data) or the same object (resource) after replaying the ``st.*``
output the function produced on its miss. On a miss: show the spinner (outermost
cached call only), run the function while recording its output, store the result.
"""

from __future__ import annotations

import functools
import hashlib
import inspect
import json
import logging
import pickle
from typing import Any, Callable

from wasmlit._caching import replay as replay_mod
from wasmlit._caching.cache_errors import (
    CacheType,
    UnhashableParamError,
    UnhashableTypeError,
    UnserializableReturnValueError,
)
from wasmlit._caching.caches import DataCache, ResourceCache, ResourceEntry
from wasmlit._caching.durations import size_to_bytes, ttl_to_seconds
from wasmlit._caching.hashing import Hasher, normalize_hash_funcs
from wasmlit._caching.runtime import get_runtime
from wasmlit._caching.storage import CorruptEntryError, Entry, EntryMeta, entry_key, pack, unpack
from wasmlit._engine import context as ctx_mod
from wasmlit.errors import StreamlitAPIException, StreamlitValueError

log = logging.getLogger("wasmlit")

_PERSIST_ON = ("disk", True, None)
_PERSIST_OFF = ("memory", False)
_SESSION_CACHES = "wasmlit.caches"


# ---------------------------------------------------------------- keys


def make_function_key(cache_type: CacheType, func: Callable[..., Any]) -> str:
    """module + qualname + source (with the decorator line); the bytecode when there is no source."""
    h = hashlib.md5(usedforsecurity=False)
    h.update(repr((cache_type.value, func.__module__, func.__qualname__)).encode())
    try:
        h.update(inspect.getsource(func).encode())
    except (OSError, TypeError):
        code = getattr(func, "__code__", None)
        h.update(code.co_code if code is not None else repr(func).encode())
    return h.hexdigest()


def _positional_names(func: Callable[..., Any]) -> list[str]:
    try:
        params = inspect.signature(func).parameters.values()
    except (TypeError, ValueError):
        return []
    kinds = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    return [p.name for p in params if p.kind in kinds]


def make_value_key(cache_type: CacheType, func: Callable[..., Any], names: list[str],
                   args: tuple[Any, ...], kwargs: dict[str, Any],
                   hash_funcs: dict[str, Callable[[Any], Any]]) -> str:
    """(name, value) pairs in call order; ``_``-prefixed names skipped; defaults not filled in."""
    pairs = [(names[i] if i < len(names) else None, v) for i, v in enumerate(args)]
    pairs.extend(kwargs.items())
    hasher = Hasher(cache_type, hash_funcs, hash_source=func)
    h = hashlib.md5(usedforsecurity=False)
    for name, value in pairs:
        if name is not None and name.startswith("_"):
            continue
        h.update(repr(name).encode())  # names never go through hash_funcs
        try:
            hasher.update(h, value)
        except UnhashableTypeError as exc:
            raise UnhashableParamError(cache_type, func, name, value, exc) from exc
    return h.hexdigest()


# ---------------------------------------------------------------- the wrapper


class CachedFunc:
    """What the decorator returns: callable, keeps the function's metadata, binds as a method."""

    def __init__(self, func: Callable[..., Any], info: "_Info") -> None:
        functools.update_wrapper(self, func)
        self._func = func
        self._info = info
        self._names = _positional_names(func)
        self._function_key: str | None = None

    @property
    def _key(self) -> str:
        if self._function_key is None:
            self._function_key = make_function_key(self._info.cache_type, self._func)
        return self._function_key

    def __get__(self, instance: Any, owner: Any = None) -> Any:
        if instance is None:
            return self
        return BoundCachedFunc(self, instance)

    def __repr__(self) -> str:
        return f"<CachedFunc {self._func.__qualname__}>"

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        info = self._info
        value_key = make_value_key(info.cache_type, self._func, self._names, args, kwargs, info.hash_funcs)
        if info.cache_type is CacheType.DATA:
            return _call_data(self, value_key, args, kwargs)
        return _call_resource(self, value_key, args, kwargs)

    def clear(self, *args: Any, **kwargs: Any) -> None:
        """No arguments: every entry of this function. With arguments: the entry of that call."""
        cache = _cache_for(self, create=False)
        if not args and not kwargs:
            if cache is not None:
                cache.clear()
            elif self._info.cache_type is CacheType.DATA and self._info.persist:
                get_runtime().store.delete_function(self._key)
            return
        value_key = make_value_key(self._info.cache_type, self._func, self._names, args, kwargs,
                                   self._info.hash_funcs)
        if cache is not None:
            cache.delete(value_key)
        elif self._info.cache_type is CacheType.DATA and self._info.persist:
            runtime = get_runtime()
            runtime.store.delete(entry_key(runtime.app_id, self._key, value_key))


class BoundCachedFunc:
    """A cached method bound to an instance: ``self`` is the first (hashed) argument."""

    def __init__(self, cached: CachedFunc, instance: Any) -> None:
        self._cached = cached
        self._instance = instance
        functools.update_wrapper(self, cached._func)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._cached(self._instance, *args, **kwargs)

    def clear(self, *args: Any, **kwargs: Any) -> None:
        if not args and not kwargs:
            self._cached.clear()
        else:
            self._cached.clear(self._instance, *args, **kwargs)

    def __repr__(self) -> str:
        return f"<BoundCachedFunc {self._cached._func.__qualname__} of {self._instance!r}>"


class _Info:
    def __init__(self, cache_type: CacheType, *, ttl_s: float, max_entries: int | None,
                 show_spinner: bool | str, show_time: bool, hash_funcs: dict[str, Callable[[Any], Any]],
                 scope: str, max_size: int | None = None, persist: bool = True,
                 validate: Callable[[Any], bool] | None = None,
                 on_release: Callable[[Any], Any] | None = None) -> None:
        self.cache_type = cache_type
        self.ttl_s = ttl_s
        self.max_entries = max_entries
        self.show_spinner = show_spinner
        self.show_time = show_time
        self.hash_funcs = hash_funcs
        self.scope = scope
        self.max_size = max_size
        self.persist = persist and scope == "global"
        self.validate = validate
        self.on_release = on_release

    @property
    def params(self) -> tuple[Any, ...]:
        if self.cache_type is CacheType.DATA:
            return (self.ttl_s, self.max_entries, self.max_size, self.persist)
        return (self.ttl_s, self.max_entries, self.validate is None)


# ---------------------------------------------------------------- cache lookup


def _caches_dict(info: _Info, create: bool) -> dict[str, Any] | None:
    runtime = get_runtime()
    if info.scope == "global":
        return runtime.data_caches if info.cache_type is CacheType.DATA else runtime.resource_caches
    run = ctx_mod.maybe_run_context()
    if run is None:
        if not create:
            return None
        raise StreamlitAPIException(
            "A session-scoped cache (`scope=\"session\"`) can only be used while the app runs.")
    per_session = run.session.extras.setdefault(_SESSION_CACHES, {CacheType.DATA: {}, CacheType.RESOURCE: {}})
    return per_session[info.cache_type]


def _cache_for(cached: CachedFunc, create: bool = True) -> Any:
    info = cached._info
    caches = _caches_dict(info, create)
    if caches is None:
        return None
    key = cached._key
    cache = caches.get(key)
    if cache is not None and cache.params == info.params:
        return cache
    if not create:
        return cache
    runtime = get_runtime()
    if cache is not None:
        cache.clear()  # changed ttl/max_entries/...: that function's cache starts over, empty
    if info.cache_type is CacheType.DATA:
        cache = DataCache(key, info.params, info.ttl_s, info.max_entries, info.max_size,
                          runtime.store if info.persist else None, runtime.app_id)
    else:
        cache = ResourceCache(key, info.params, info.ttl_s, info.max_entries, info.validate,
                              info.on_release)
    caches[key] = cache
    return cache


def _spinner(cached: CachedFunc, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    """The miss spinner: only for the outermost cached call, only while the app runs."""
    info = cached._info
    run = ctx_mod.maybe_run_context()
    if not info.show_spinner or run is None or run.cache_recorders:
        return None
    if isinstance(info.show_spinner, str):
        text = info.show_spinner
    else:
        text = f"Running `{cached._func.__qualname__}({'...' if args or kwargs else ''})`."
    from wasmlit.st.delta_generator import main_dg

    return main_dg.spinner(text, show_time=info.show_time)


def _compute(cached: CachedFunc, args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[Any, list[Any]]:
    """Run the function (a miss), recording its ``st.*`` output."""
    run = ctx_mod.maybe_run_context()
    spinner = _spinner(cached, args, kwargs)
    if spinner is not None:
        spinner.__enter__()
    try:
        if run is None:
            return cached._func(*args, **kwargs), []
        recorder = replay_mod.start(run, cached._info.cache_type, cached._func)
        try:
            value = cached._func(*args, **kwargs)
        finally:
            replay_mod.stop(run, recorder)
        return value, recorder.messages
    finally:
        if spinner is not None:
            spinner.__exit__(None, None, None)


def _call_data(cached: CachedFunc, value_key: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    cache: DataCache = _cache_for(cached)
    runtime = get_runtime()
    entry = cache.get(value_key, runtime.clock())
    if entry is not None:
        try:
            replay_view, value_view = unpack(entry.payload)
            value = pickle.loads(value_view)
            messages = json.loads(bytes(replay_view)) if len(replay_view) else []
        except Exception as exc:  # a cache is never a source of truth: drop it and recompute
            log.warning("wasmlit: dropping unreadable cache entry of %s (%s: %s)",
                        cached._func.__qualname__, type(exc).__name__, exc)
            cache.delete(value_key)
        else:
            replay_mod.replay(messages, CacheType.DATA, cached._func)
            return value

    value, messages = _compute(cached, args, kwargs)
    try:
        value_bytes = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError) as exc:
        raise UnserializableReturnValueError(cached._func, value) from exc
    replay_bytes = json.dumps(messages, default=str).encode() if messages else b""
    payload = pack(replay_bytes, value_bytes)
    now = runtime.clock()
    meta = EntryMeta(key=entry_key(runtime.app_id, cached._key, value_key), app_id=runtime.app_id,
                     function_key=cached._key, value_key=value_key, created=now,
                     ttl=None if cache.ttl_s == float("inf") else cache.ttl_s,
                     size=len(payload), accessed=now, qualname=cached._func.__qualname__)
    # The function may have cleared caches while it ran: look the cache up again.
    _cache_for(cached).put(value_key, Entry(meta, payload))
    return value


def _call_resource(cached: CachedFunc, value_key: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    cache: ResourceCache = _cache_for(cached)
    runtime = get_runtime()
    entry = cache.get(value_key, runtime.clock())
    if entry is not None:
        replay_mod.replay(entry.messages, CacheType.RESOURCE, cached._func)
        return entry.value
    value, messages = _compute(cached, args, kwargs)
    # Stored as recorded: the nodes were already posted, nothing mutates them.
    _cache_for(cached).put(value_key, ResourceEntry(value, json.loads(json.dumps(messages, default=str)),
                                                    runtime.clock()))
    return value


# ---------------------------------------------------------------- the decorators


def _check_common(ttl: Any, max_entries: Any, scope: str, refresh_mode: str) -> float:
    ttl_s = ttl_to_seconds(ttl)  # StreamlitBadTimeStringError when the decorator is applied
    if max_entries is not None and (isinstance(max_entries, bool) or not isinstance(max_entries, int)):
        raise StreamlitAPIException(f"`max_entries` must be None or an int, got {max_entries!r}.")
    if scope not in ("global", "session"):
        raise StreamlitValueError("scope", "'global', 'session'")
    if refresh_mode not in ("foreground", "background"):
        raise StreamlitValueError("refresh_mode", "'foreground', 'background'")
    if refresh_mode == "background":
        raise StreamlitAPIException(
            "`refresh_mode=\"background\"` is not supported by wasmlit: the app runs in a single "
            "browser worker with no background threads. Use the default `refresh_mode=\"foreground\"`.")
    return ttl_s


def _check_function(func: Any, name: str) -> None:
    if not callable(func):
        raise StreamlitAPIException(f"`st.{name}` must decorate a function, got {func!r}.")
    if inspect.iscoroutinefunction(func) or inspect.isasyncgenfunction(func):
        raise StreamlitAPIException(
            f"`st.{name}` does not support `async def` functions in wasmlit yet; cache a regular "
            "function instead.")


class CacheDataAPI:
    """``st.cache_data``: decorator (bare, with options, or as a plain call) + ``clear()``."""

    def __call__(self, func: Callable[..., Any] | None = None, *, ttl: Any = None,
                 max_entries: int | None = None, max_size: int | str | None = None,
                 show_spinner: bool | str = True, show_time: bool = False, persist: Any = None,
                 hash_funcs: dict[Any, Callable[[Any], Any]] | None = None, scope: str = "global",
                 refresh_mode: str = "foreground") -> Any:
        ttl_s = _check_common(ttl, max_entries, scope, refresh_mode)
        if persist not in _PERSIST_ON + _PERSIST_OFF or isinstance(persist, int) and not isinstance(persist, bool):
            raise StreamlitValueError("persist", "'disk', 'memory', True, False, None")
        info = _Info(CacheType.DATA, ttl_s=ttl_s, max_entries=max_entries, show_spinner=show_spinner,
                     show_time=show_time, hash_funcs=normalize_hash_funcs(hash_funcs), scope=scope,
                     max_size=size_to_bytes(max_size), persist=persist not in _PERSIST_OFF)

        def decorate(f: Callable[..., Any]) -> CachedFunc:
            _check_function(f, "cache_data")
            return CachedFunc(f, info)

        return decorate if func is None else decorate(func)

    def clear(self) -> None:
        """Every data cache of the app, in memory and persisted."""
        runtime = get_runtime()
        for cache in list(runtime.data_caches.values()):
            cache.clear()
        runtime.data_caches.clear()
        runtime.store.clear()
        _clear_session(CacheType.DATA)


class CacheResourceAPI:
    """``st.cache_resource``: decorator + ``clear()`` (calls every ``on_release``)."""

    def __call__(self, func: Callable[..., Any] | None = None, *, ttl: Any = None,
                 max_entries: int | None = None, show_spinner: bool | str = True,
                 show_time: bool = False, validate: Callable[[Any], bool] | None = None,
                 hash_funcs: dict[Any, Callable[[Any], Any]] | None = None,
                 on_release: Callable[[Any], Any] | None = None, scope: str = "global",
                 refresh_mode: str = "foreground") -> Any:
        ttl_s = _check_common(ttl, max_entries, scope, refresh_mode)
        for name, fn in (("validate", validate), ("on_release", on_release)):
            if fn is not None and (inspect.iscoroutinefunction(fn) or not callable(fn)):
                raise StreamlitAPIException(f"`{name}` must be a regular (not async) function.")
        info = _Info(CacheType.RESOURCE, ttl_s=ttl_s, max_entries=max_entries,
                     show_spinner=show_spinner, show_time=show_time,
                     hash_funcs=normalize_hash_funcs(hash_funcs), scope=scope,
                     validate=validate, on_release=on_release)

        def decorate(f: Callable[..., Any]) -> CachedFunc:
            _check_function(f, "cache_resource")
            return CachedFunc(f, info)

        return decorate if func is None else decorate(func)

    def clear(self) -> None:
        runtime = get_runtime()
        for cache in list(runtime.resource_caches.values()):
            cache.clear()
        runtime.resource_caches.clear()
        _clear_session(CacheType.RESOURCE)


def _clear_session(cache_type: CacheType) -> None:
    run = ctx_mod.maybe_run_context()
    if run is None:
        return
    caches = run.session.extras.get(_SESSION_CACHES, {}).get(cache_type, {})
    for cache in list(caches.values()):
        cache.clear()
    caches.clear()


cache_data = CacheDataAPI()
cache_resource = CacheResourceAPI()
