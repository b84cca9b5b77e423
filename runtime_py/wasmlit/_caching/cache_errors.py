"""Caching errors, importable as ``streamlit.runtime.caching.cache_errors``.

Names, base classes and messages follow Streamlit 1.67 (semantics §1.6) so that
``except`` clauses and tests written against Streamlit keep working.
"""

from __future__ import annotations

import enum
from typing import Any, Callable

from wasmlit.errors import MarkdownFormattedException, StreamlitAPIException, StreamlitAPIWarning

CACHE_DOCS_URL = "https://docs.streamlit.io/develop/concepts/architecture/caching"


class CacheType(enum.Enum):
    DATA = "DATA"
    RESOURCE = "RESOURCE"


def get_decorator_api_name(cache_type: CacheType) -> str:
    return "cache_data" if cache_type is CacheType.DATA else "cache_resource"


def get_cached_func_name_md(func: Any) -> str:
    name = getattr(func, "__name__", None)
    return f"`{name}()`" if name else "a cached function"


def get_return_value_type(return_value: Any) -> str:
    t = type(return_value)
    return f"`{t.__module__}.{t.__qualname__}`"


def fqn_type(obj: Any) -> str:
    t = type(obj)
    return f"{t.__module__}.{t.__qualname__}"


class UnhashableTypeError(Exception):
    """Internal: a value could not be hashed (wrapped into UnhashableParamError at call time)."""


class UnhashableParamError(StreamlitAPIException):
    def __init__(self, cache_type: CacheType, func: Callable[..., Any], arg_name: str | None,
                 arg_value: Any, orig_exc: BaseException) -> None:
        super().__init__(self._create_message(cache_type, func, arg_name, arg_value))
        self.with_traceback(orig_exc.__traceback__)

    @staticmethod
    def _create_message(cache_type: CacheType, func: Callable[..., Any], arg_name: str | None,
                        arg_value: Any) -> str:
        arg_name_str = arg_name if arg_name is not None else "(unnamed)"
        func_name = getattr(func, "__name__", "function")
        replacement = f"_{arg_name}" if arg_name is not None else "_arg"
        return f"""
Cannot hash argument '{arg_name_str}' (of type `{fqn_type(arg_value)}`) in '{func_name}'.

To address this, you can tell Streamlit not to hash this argument by adding a
leading underscore to the argument's name in the function signature:

```
@st.{get_decorator_api_name(cache_type)}
def {func_name}({replacement}, ...):
    ...
```
            """.strip("\n")


class UserHashError(StreamlitAPIException):
    def __init__(self, orig_exc: BaseException, object_to_hash: Any, hash_func: Callable[..., Any],
                 cache_type: CacheType | None = None, hash_source: Any = None,
                 hash_stack: str = "") -> None:
        self.alternate_name = type(orig_exc).__name__
        self.hash_func = hash_func
        self.cache_type = cache_type
        decorator = f"st.{get_decorator_api_name(cache_type)}" if cache_type else "st.cache_data"
        hash_func_name = (f"`{hash_func.__name__}()`" if hasattr(hash_func, "__name__")
                          else "a function")
        if hash_source is None:
            object_desc = "something"
        elif hasattr(hash_source, "__name__"):
            object_desc = f"`{hash_source.__name__}()`"
        else:
            object_desc = "a function"
        msg = f"""
{orig_exc}

This error is likely due to a bug in {hash_func_name}, which is a
user-defined hash function that was passed into the `@{decorator}` decorator of
{object_desc}.

{hash_func_name} failed when hashing an object of type
`{fqn_type(object_to_hash)}`.  If you don't know where that object is coming from,
try looking at the hash chain below for an object that you do recognize, then
pass that to `hash_funcs` instead:

```
{hash_stack}
```

If you think this is actually a Streamlit bug, please
[file a bug report here](https://github.com/streamlit/streamlit/issues/new/choose).
""".strip("\n")
        super().__init__(msg)
        self.with_traceback(orig_exc.__traceback__)


class UnserializableReturnValueError(MarkdownFormattedException):
    def __init__(self, func: Callable[..., Any], return_value: Any) -> None:
        super().__init__(
            f"""
            Cannot serialize the return value (of type {get_return_value_type(return_value)})
            in {get_cached_func_name_md(func)}. `st.cache_data` uses
            [pickle](https://docs.python.org/3/library/pickle.html) to serialize the
            function's return value and safely store it in the cache
            without mutating the original object. Please convert the return value to a
            pickle-serializable type. If you want to cache unserializable objects such
            as database connections or Tensorflow sessions, use `st.cache_resource`
            instead (see [our docs]({CACHE_DOCS_URL}) for differences)."""
        )


class CacheReplayClosureError(StreamlitAPIException):
    def __init__(self, cache_type: CacheType, cached_func: Callable[..., Any]) -> None:
        func_name = get_cached_func_name_md(cached_func)
        decorator_name = get_decorator_api_name(cache_type)
        super().__init__(f"""
While running {func_name}, a streamlit element is called on some layout block
created outside the function. This is incompatible with replaying the cached
effect of that element, because the referenced block might not exist when
the replay happens.

How to fix this:
* Move the creation of that layout block inside {func_name}.
* Move the call to the streamlit element outside of {func_name}.
* Remove the `@st.{decorator_name}` decorator from {func_name}.
            """.strip("\n"))


class CachedWidgetWarning(StreamlitAPIWarning):
    """A widget inside a cached function (1.67: ``streamlit.elements.lib.policies``)."""

    def __init__(self) -> None:
        super().__init__(
            """
Your script uses a widget command in a cached function
(function decorated with `@st.cache_data` or `@st.cache_resource`).
This code will only be called when we detect a cache "miss",
which can lead to unexpected results.

To fix this, move all widget commands outside the cached function.
"""
        )


class CacheError(Exception):
    pass


class CacheKeyNotFoundError(Exception):
    pass


class StreamlitBadTimeStringError(StreamlitAPIException):
    """A ``ttl`` string that does not parse as a duration."""

    def __init__(self, t: str) -> None:
        super().__init__(
            "Time string doesn't look right. It should be formatted as "
            f"`'1d2h34m'` or `2 days`, for example. Got: {t}"
        )


BadTimeStringError = StreamlitBadTimeStringError
