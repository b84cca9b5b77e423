"""``st.connection``: resolve the class, then create it once (cached like
``st.cache_resource``; separate caches per ``ttl``/``max_entries``, Streamlit 1.67 §3.1)."""

from __future__ import annotations

import builtins
import importlib
import os
from typing import Any

from wasmlit.errors import StreamlitAPIException

from . import client
from .base import BaseConnection
from .sql import SQLConnection

FIRST_PARTY = {"sql": SQLConnection}
_NOT_IN_BROWSER = {"snowflake", "snowflake-callers-rights", "snowpark"}
_MODULE_HINTS = {"MySQLdb": "mysqlclient", "psycopg2": "psycopg2-binary", "sqlalchemy": "sqlalchemy",
                 "snowflake": "snowflake-connector-python", "snowflake.connector": "snowflake-connector-python",
                 "snowflake.snowpark": "snowflake-snowpark-python"}
_UNSET: Any = object()
_FACTORIES: dict[tuple[Any, Any, str], Any] = {}


def _resolve_type(name: str, type: Any) -> type:
    if type is None:
        if name in FIRST_PARTY:
            return FIRST_PARTY[name]
        if name in _NOT_IN_BROWSER:
            raise StreamlitAPIException(f"The `{name}` connection is not available in wasmlit (browser).")
        declared = client.get_config().connection_type(name)
        if declared is None:
            raise StreamlitAPIException(
                f"wasmlit does not know the type of connection `{name}`: the build found no "
                f"`[connections.{name}]` with a `type` in .streamlit/secrets.toml and no `.query()` on it. "
                f"Pass `type=\"sql\"` (or your connection class) to st.connection, or rebuild with the "
                "secrets file present.")
        return _resolve_type(name, declared)
    if isinstance(type, str):
        if "." in type:
            module, _, attr = type.rpartition(".")
            if module in ("streamlit.connections", "wasmlit.st.connections"):
                module = "wasmlit._connections"
            cls = getattr(importlib.import_module(module), attr)
            return _resolve_type(name, cls)
        if type in FIRST_PARTY:
            return FIRST_PARTY[type]
        if type in _NOT_IN_BROWSER:
            raise StreamlitAPIException(f"The `{type}` connection is not available in wasmlit (browser).")
        raise StreamlitAPIException(
            f"Invalid connection '{type}'. Supported connection classes: {set(FIRST_PARTY)}")
    if not (isinstance(type, builtins.type) and issubclass(type, BaseConnection)):
        raise StreamlitAPIException(f"{type} is not a subclass of BaseConnection!")
    return type


def connection_factory(name: str, type: Any = None, max_entries: int | None = None, ttl: Any = _UNSET,
                       **kwargs: Any) -> Any:
    """``st.connection(name, type=None, max_entries=None, ttl=None, **kwargs)``."""
    if name.startswith("env:"):
        name = os.environ[name[4:]]
    cls = _resolve_type(name, type)
    if ttl is _UNSET:
        ttl = None
    try:
        cfg = client.get_config()  # one per app (tests run several apps in one process)
        return _factory(ttl, max_entries, cls.scope())(name, f"{cls.__module__}.{cls.__qualname__}",
                                                       f"{cfg.source}|{cfg.endpoint_url}|{id(cfg)}",
                                                       _connection_class=cls, **kwargs)
    except ModuleNotFoundError as e:
        mod = e.name or ""
        pkg = _MODULE_HINTS.get(mod)
        extra = (f" You need to install the '{pkg}' package to use this connection." if pkg else
                 " You may be missing a dependency required to use this connection.")
        raise ModuleNotFoundError(f"{e}.{extra}", name=e.name) from e


def _factory(ttl: Any, max_entries: Any, scope: str) -> Any:
    key = (repr(ttl), max_entries, scope)
    fn = _FACTORIES.get(key)
    if fn is None:
        from wasmlit._caching import cache_resource

        def _create_connection(name: str, class_path: str, endpoint: str, _connection_class: Any,
                               **kwargs: Any) -> Any:
            return _connection_class(connection_name=name, **kwargs)

        # Different ttl/max_entries get separate caches instead of wiping each other (PR #7730).
        _create_connection.__qualname__ = f"connection_factory.<ttl={ttl!r}>.<max_entries={max_entries!r}>"
        fn = cache_resource(ttl=ttl, max_entries=max_entries, scope=scope,
                            show_spinner="Running `st.connection(...)`.",
                            on_release=lambda conn: conn.close())(_create_connection)
        _FACTORIES[key] = fn
    return fn
