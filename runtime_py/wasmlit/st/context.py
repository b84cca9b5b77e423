"""st.context: what the browser tells about itself (Streamlit 1.67's API).

There is no server, so nothing comes from an HTTP request: the page sends a
``client_context`` message before the first run (``web/src/page/router.ts``):

- ``timezone``, ``timezone_offset`` (minutes, as JavaScript's ``getTimezoneOffset``),
  ``locale`` (``navigator.language``), ``theme.type`` (``prefers-color-scheme``),
  ``is_embedded`` (the ``embed=true`` query param, as Streamlit);
- ``url``: the page's address without query string; a page other than the default one
  adds ``#/<url_path>`` (wasmlit's page addresses);
- ``cookies``: ``document.cookie`` as the page can read it (HttpOnly cookies never reach
  JavaScript, so they are missing);
- ``headers``: the request headers the browser is known to send for the page and that
  JavaScript can see — ``Host``, ``User-Agent``, ``Accept-Language``, ``Cookie``,
  ``Referer`` (when there is one). Proxies' and servers' headers do not exist here;
- ``ip_address``: always None (Streamlit gives None for localhost too).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import Any

from wasmlit._engine import context as ctx_mod
from wasmlit._engine import navigation as nav_mod

_KEYS = frozenset({"headers", "cookies", "theme", "timezone", "timezone_offset", "locale", "url",
                   "ip_address", "is_embedded"})


def _normalize_header(name: str) -> str:
    return "-".join(w.capitalize() for w in name.split("-"))


class StreamlitHeaders(Mapping[str, str]):
    def __init__(self, headers: Iterable[tuple[str, str]]) -> None:
        self._headers: dict[str, list[str]] = {}
        for key, value in headers:
            self._headers.setdefault(_normalize_header(key), []).append(value)

    def get_all(self, key: str) -> list[str]:
        return list(self._headers.get(_normalize_header(key), []))

    def __getitem__(self, key: str) -> str:
        try:
            return self._headers[_normalize_header(key)][0]
        except LookupError:
            raise KeyError(key) from None

    def __len__(self) -> int:
        return len(self._headers)

    def __iter__(self) -> Iterator[str]:
        return iter(self._headers)

    def to_dict(self) -> dict[str, str]:
        return {key: self[key] for key in self}


class StreamlitCookies(Mapping[str, str]):
    def __init__(self, cookies: Mapping[str, str]) -> None:
        self._cookies = MappingProxyType(dict(cookies))

    def __getitem__(self, key: str) -> str:
        return self._cookies[key]

    def __len__(self) -> int:
        return len(self._cookies)

    def __iter__(self) -> Iterator[str]:
        return iter(self._cookies)

    def to_dict(self) -> dict[str, str]:
        return dict(self._cookies)


class StreamlitTheme(dict):
    """``st.context.theme``: ``.type`` is "light", "dark" or None."""

    def __getattr__(self, key: str) -> Any:
        try:
            return self[key]
        except KeyError:
            raise AttributeError(key) from None


def _client() -> dict[str, Any]:
    run = ctx_mod.maybe_run_context()
    return nav_mod.for_session(run.session).client if run is not None else {}


class ContextProxy:
    """``st.context``: read-only properties, also readable as ``st.context["timezone"]``."""

    __iter__ = None  # not iterable (as Streamlit), although it has __getitem__

    @property
    def headers(self) -> StreamlitHeaders:
        return StreamlitHeaders((_client().get("headers") or {}).items())

    @property
    def cookies(self) -> StreamlitCookies:
        return StreamlitCookies(_client().get("cookies") or {})

    @property
    def theme(self) -> StreamlitTheme:
        return StreamlitTheme({"type": _client().get("color_scheme")})

    @property
    def timezone(self) -> str | None:
        return _client().get("timezone")

    @property
    def timezone_offset(self) -> int | None:
        return _client().get("timezone_offset")

    @property
    def locale(self) -> str | None:
        return _client().get("locale")

    @property
    def url(self) -> str | None:
        base = _client().get("url")
        run = ctx_mod.maybe_run_context()
        if base is None or run is None:
            return None
        nav = nav_mod.for_session(run.session)
        page = (nav.pages or {}).get(nav.current_key)
        return f"{base}#/{page.url_path}" if page is not None and page.url_path else base

    @property
    def ip_address(self) -> str | None:
        return None

    @property
    def is_embedded(self) -> bool | None:
        return _client().get("is_embedded")

    def __getitem__(self, key: str) -> Any:
        if key not in _KEYS:
            raise KeyError(f'st.context has no key "{key}". Valid keys are: {", ".join(sorted(_KEYS))}.')
        return getattr(self, key)

    def __contains__(self, key: object) -> bool:
        return key in _KEYS


context = ContextProxy()
