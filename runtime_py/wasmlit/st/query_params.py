"""st.query_params: the page address's query string as a dict of str (Streamlit 1.67).

Values live in the session's ``Navigation.query`` (a str, or a list for a repeated key).
Reading a repeated key gives its last value (``get_all`` gives them all). Every write sends
``page_info`` so the page rewrites its address with ``history.replaceState`` (no rerun);
the page reads the address at load and on back/forward and sends it with ``navigate``.
``embed`` / ``embed_options`` are Streamlit's: they cannot be read or set by the app.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, MutableMapping
from typing import Any

from wasmlit._engine import context as ctx_mod
from wasmlit._engine import navigation as nav_mod
from wasmlit.errors import StreamlitAPIException, StreamlitInvalidParameterTypeError, StreamlitQueryParamDictValueError

EMBED_KEYS = ("embed", "embed_options")


def _missing_key(key: str) -> str:
    return f'st.query_params has no key "{key}".'


def _store() -> dict[str, str | list[str]]:
    return nav_mod.for_session(ctx_mod.get_run_context().session).query


def _publish() -> None:
    run = ctx_mod.maybe_run_context()
    if run is not None:
        run.post(nav_mod.page_info(nav_mod.for_session(run.session), "replace"))


def _set_in(target: dict[str, str | list[str]], key: str, value: Any) -> None:
    if isinstance(value, dict):
        raise StreamlitQueryParamDictValueError(key)
    if key.lower() in EMBED_KEYS:
        raise StreamlitAPIException(
            "Query param embed and embed_options (case-insensitive) cannot be set programmatically.")
    if isinstance(value, Iterable) and not isinstance(value, (str, bytes)):
        target[key] = [str(v) for v in value]
    else:
        target[key] = str(value)


def _pairs(other: Any) -> list[tuple[str, Any]]:
    if hasattr(other, "keys") and hasattr(other, "__getitem__"):
        return [(k, other[k]) for k in list(other.keys())]
    return list(other)


def _visible(store: dict[str, str | list[str]]) -> list[str]:
    return [k for k in store if k.lower() not in EMBED_KEYS]


class QueryParamsProxy(MutableMapping[str, str]):
    """``st.query_params``: key and attribute access to the address's query params."""

    def __iter__(self) -> Iterator[str]:
        return iter(_visible(_store()))

    def __len__(self) -> int:
        return len(_visible(_store()))

    def __str__(self) -> str:
        return str(_store())

    def __repr__(self) -> str:
        return repr(self.to_dict())

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key.lower() not in EMBED_KEYS and key in _store()

    def __getitem__(self, key: str) -> str:
        store = _store()
        if key.lower() in EMBED_KEYS or key not in store:
            raise KeyError(_missing_key(key))
        value = store[key]
        if isinstance(value, list):
            return value[-1] if value else ""
        return value

    def __setitem__(self, key: str, value: Any) -> None:
        _set_in(_store(), key, value)
        _publish()

    def __delitem__(self, key: str) -> None:
        store = _store()
        if key.lower() in EMBED_KEYS or key not in store:
            raise KeyError(_missing_key(key))
        del store[key]
        _publish()

    def __getattr__(self, key: str) -> str:
        try:
            return self[key]
        except KeyError:
            raise AttributeError(f'st.query_params has no attribute "{key}".') from None

    def __setattr__(self, key: str, value: Any) -> None:
        self[key] = value

    def __delattr__(self, key: str) -> None:
        try:
            del self[key]
        except KeyError:
            raise AttributeError(_missing_key(key)) from None

    def get_all(self, key: str) -> list[str]:
        """Every value of ``key`` (``[]`` when it is missing)."""
        store = _store()
        if key.lower() in EMBED_KEYS or key not in store:
            return []
        value = store[key]
        return list(value) if isinstance(value, list) else [value]

    def update(self, other: Any = (), /, **kwds: Any) -> None:  # type: ignore[override]
        store = _store()
        for key, value in [*_pairs(other), *kwds.items()]:
            _set_in(store, key, value)
        _publish()

    def clear(self) -> None:
        store = _store()
        for key in _visible(store):
            del store[key]
        _publish()

    def to_dict(self) -> dict[str, str]:
        """Every key with its last value."""
        return {key: self[key] for key in _visible(_store())}

    def from_dict(self, params: Any) -> None:
        """Replace every query param with ``params`` (a mapping or (key, value) pairs)."""
        store = _store()
        new = {k: v for k, v in store.items() if k.lower() in EMBED_KEYS}
        for key, value in _pairs(params):
            _set_in(new, key, value)
        store.clear()
        store.update(new)
        _publish()


query_params = QueryParamsProxy()


def replace_for_switch(nav: nav_mod.Navigation, params: Any) -> None:
    """st.switch_page: the query params are cleared (Streamlit keeps embed ones), or set to ``params``."""
    if params is not None and (isinstance(params, (str, bytes)) or not isinstance(params, Iterable)):
        raise StreamlitInvalidParameterTypeError(
            f"The `query_params` parameter must be a mapping or an iterable of (key, value) pairs, "
            f"not {type(params).__name__}.")
    new = {k: v for k, v in nav.query.items() if k.lower() in EMBED_KEYS}
    for key, value in _pairs(params) if params is not None else []:
        _set_in(new, key, value)
    nav.query = new


def query_string_of(params: Any) -> str:
    """st.page_link(query_params=...): the link's query string."""
    out: dict[str, str | list[str]] = {}
    for key, value in _pairs(params):
        if key in out:
            prev = out[key]
            extra = [str(v) for v in value] if isinstance(value, Iterable) and not isinstance(value, str) else [str(value)]
            out[key] = (prev if isinstance(prev, list) else [prev]) + extra
        else:
            _set_in(out, key, value)
    return nav_mod.build_query_string(out)
