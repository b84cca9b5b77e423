"""``SQLConnection`` in the browser: ``query()`` goes to the SQL endpoint by query id and
returns the DataFrame ``pd.read_sql`` builds on the server (the `wire` package explains how).

Results are cached with ``st.cache_data``, per connection name and ``ttl`` (as in
Streamlit), and persisted across reloads like any wasmlit cache_data entry. The cache
key is (endpoint URL, connection, SQL, index_col, chunksize, params, kwargs): stable
across page loads so a reload does not hit the database again while ``ttl`` holds.
"""

from __future__ import annotations

from typing import Any

from wasmlit.errors import StreamlitAPIException

from . import client, wire
from .base import BaseConnection

_DEFAULT_SPINNER = "Running `sql.query(...)`."


class EndpointHandle:
    """The raw "connection" in the browser: where this connection's queries go."""

    def __init__(self, name: str, config: client.ClientConfig) -> None:
        self.name = name
        self.config = config
        self.query_ids = config.query_ids(name)

    def __repr__(self) -> str:
        return f"<SQL endpoint connection {self.name!r} at {self.config.endpoint_url!r}>"


class SQLConnection(BaseConnection[EndpointHandle]):
    """``st.connection(name, type="sql")``: read-only queries through the SQL endpoint."""

    def _connect(self, **kwargs: Any) -> EndpointHandle:
        if kwargs:
            raise StreamlitAPIException(
                f"`st.connection({self._connection_name!r}, …)` got connection settings "
                f"({', '.join(sorted(kwargs))}). In wasmlit the database settings and credentials live "
                f"on the SQL endpoint, in `[connections.{self._connection_name}]` of its secrets.toml; "
                "the browser passes none.")
        return EndpointHandle(self._connection_name, client.get_config())

    def query(self, sql: str, *, show_spinner: bool | str = _DEFAULT_SPINNER, ttl: Any = None,
              index_col: str | list[str] | None = None, chunksize: int | None = None,
              params: Any = None, **kwargs: Any) -> Any:
        """Run an allow-listed read-only query; returns a pandas DataFrame (cached)."""
        if not isinstance(sql, str):
            raise StreamlitAPIException("`sql` must be a string (the literal SQL of the query).")
        handle = self._instance
        qid = wire.query_id(sql)
        if qid not in handle.query_ids:
            raise StreamlitAPIException(
                f"This query was not found in the app by the build, so the SQL endpoint will not run it "
                f"(connection `{self._connection_name}`):\n\n```sql\n{sql}\n```\n\nOnly SQL written as a "
                "string literal in `.query(\"…\")` is allowed; pass values with `params=` "
                "(e.g. `where id = :id`, `params={\"id\": value}`) and rebuild.")
        fn = _cached_query(self._connection_name, ttl, show_spinner)
        return fn(f"{handle.config.endpoint_url}|{self._connection_name}", sql, index_col, chunksize, params,
                  _handle=handle, **kwargs)

    # What Streamlit's SQLConnection has but a browser cannot: say so.
    def _no_engine(self, what: str) -> StreamlitAPIException:
        return StreamlitAPIException(
            f"`{what}` is not available in wasmlit: the browser has no database driver or credentials. "
            "Use `.query(\"select …\")`, which runs on the SQL endpoint.")

    @property
    def session(self) -> Any:
        raise self._no_engine("SQLConnection.session")

    @property
    def engine(self) -> Any:
        raise self._no_engine("SQLConnection.engine")

    @property
    def driver(self) -> Any:
        raise self._no_engine("SQLConnection.driver")

    def connect(self) -> Any:
        raise self._no_engine("SQLConnection.connect()")


_CACHED: dict[tuple[str, Any, Any], Any] = {}


def _cached_query(name: str, ttl: Any, show_spinner: bool | str) -> Any:
    key = (name, repr(ttl), show_spinner)
    fn = _CACHED.get(key)
    if fn is None:
        from wasmlit._caching import cache_data

        def _query(identity: str, sql: str, index_col: Any, chunksize: Any, params: Any,
                   _handle: EndpointHandle, **kwargs: Any) -> Any:
            body = client.post_query(_handle.config, _handle.name, wire.query_id(sql), params)
            names, rows = wire.decode_response(body)
            return wire.read_frame(names, rows, index_col=index_col, chunksize=chunksize, **kwargs)

        # Separate caches per connection and ttl (Streamlit keys them the same way).
        _query.__qualname__ = f"SQLConnection.query.<{name}>.<ttl={ttl!r}>"
        fn = cache_data(ttl=ttl, show_spinner=show_spinner)(_query)
        _CACHED[key] = fn
    return fn
