"""The DataFrame (browser): ``pd.read_sql`` over decoded rows, through a stub DB-API
connection, so dtypes come out exactly as Streamlit builds them on the server."""

from __future__ import annotations

import sys
import types
import warnings
from typing import Any, Iterator


class _StubCursor:
    """Just enough DB-API for pandas' fallback path (``SQLiteDatabase.read_query``)."""

    def __init__(self, names: list[str], rows: list[tuple]) -> None:
        self.description = [(n, None, None, None, None, None, None) for n in names]
        self._rows = rows
        self._pos = 0

    def execute(self, *args: Any, **kwargs: Any) -> "_StubCursor":
        return self

    def fetchall(self) -> list[tuple]:
        rows, self._pos = self._rows[self._pos:], len(self._rows)
        return rows

    def fetchmany(self, size: int = 1) -> list[tuple]:
        rows = self._rows[self._pos:self._pos + size]
        self._pos += len(rows)
        return rows

    def close(self) -> None:
        pass


class _StubConnection:
    def __init__(self, names: list[str], rows: list[tuple]) -> None:
        self._cursor = _StubCursor(names, rows)

    def cursor(self) -> _StubCursor:
        return self._cursor

    def commit(self) -> None:
        pass

    def rollback(self) -> None:
        pass


def _sqlite3_shim() -> types.ModuleType:
    """pandas' read_sql imports sqlite3 first thing; Pyodide ships it as a separate
    560 KB package. When it is not loaded, a stand-in is visible during our call only."""
    mod = types.ModuleType("sqlite3")

    class Error(Exception):
        pass

    class Connection:  # never instantiated: isinstance() is all pandas does
        pass

    mod.Error = Error  # type: ignore[attr-defined]
    mod.Connection = Connection  # type: ignore[attr-defined]
    return mod


def read_frame(names: list[str], rows: list[tuple], **read_sql_kwargs: Any) -> Any:
    """``pd.read_sql`` over the decoded rows: the DataFrame Streamlit builds on the server.

    Keyword arguments are those ``SQLConnection.query`` forwards (``index_col``,
    ``coerce_float``, ``parse_dates``, ``dtype``, ``dtype_backend``, ``chunksize``).
    """
    import pandas as pd

    read_sql_kwargs.pop("params", None)  # bound on the server already
    shim = None
    if "sqlite3" not in sys.modules:
        try:
            import sqlite3  # noqa: F401
        except ImportError:
            shim = _sqlite3_shim()
            sys.modules["sqlite3"] = shim
    try:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="pandas only supports SQLAlchemy connectable")
            frame = pd.read_sql("-- wasmlit endpoint result", _StubConnection(names, rows), **read_sql_kwargs)
            if read_sql_kwargs.get("chunksize") is not None:
                frame = _eager_chunks(frame)
            return frame
    finally:
        if shim is not None and sys.modules.get("sqlite3") is shim:
            del sys.modules["sqlite3"]


def _eager_chunks(it: Iterator[Any]) -> Iterator[Any]:
    # pandas' chunk iterator is a generator; materialise while the shim is in place
    return iter(list(it))
