"""st.Page (``StreamlitPage``): one page of a multipage app, as Streamlit 1.67 defines it.

A page is a Python file (relative to the entrypoint) or a callable, or an external URL
(a nav entry only). Its identity is its *inferred* URL pathname (``_key``); the default
page is addressed by "" (the app's root). ``st.navigation`` (``st/navigation.py``) decides
which page may ``run()``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from wasmlit._engine import context as ctx_mod
from wasmlit._engine import navigation as nav_mod
from wasmlit._engine.navigation import PageEntry, page_icon_and_name
from wasmlit.errors import (
    StreamlitAPIException,
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
    StreamlitPageNotFoundError,
    StreamlitValueError,
)
from wasmlit.st._nav_icons import is_url, validate_icon

_ACTIVE_PAGE = "navigation_active_page"


def _nav() -> nav_mod.Navigation:
    return nav_mod.for_session(ctx_mod.get_run_context().session)


def _sanitize_url_path(title: str) -> str:
    path = re.sub(r"\s+", "_", title.lower())
    path = re.sub(r"[&#?/\\:*\"<>|']", "", path).strip("_")
    return re.sub(r"_+", "_", path)


def _check_url_path(url_path: str) -> None:
    if "/" in url_path:
        raise StreamlitAPIException(
            f"The `url_path` `{url_path}` cannot include `/`. Streamlit does not support nested URL "
            "pathnames yet, so use a single path segment (e.g. `foo_bar`). To upvote support for nested "
            "pathnames, see GitHub issue [#8971](https://github.com/streamlit/streamlit/issues/8971).")


class Page:
    """A page of a multipage app: a Python file (relative to the entrypoint) or a callable."""

    def __init__(self, page: str | Path | Callable[[], None], *, title: str | None = None,
                 icon: str | None = None, url_path: str | None = None, default: bool = False,
                 visibility: Literal["visible", "hidden"] = "visible", help: str | None = None) -> None:
        if visibility not in ("visible", "hidden"):
            raise StreamlitValueError("visibility", "'visible', 'hidden'")
        self._default, self._visibility = default, visibility
        self._help = "" if help is None or not str(help).strip() else str(help).strip()
        self._external_url: str | None = None
        self._can_be_called = False
        self._page: Path | Callable[[], None] | None = None
        if isinstance(page, str) and is_url(page):
            self._init_external(page, title, icon, url_path, default)
            return
        if isinstance(page, (str, Path)):
            if "\x00" in str(page):
                raise StreamlitAPIException("Unable to create Page. Page paths must not contain null bytes.")
            resolved = (Path(_nav().main_dir) / page).resolve()
            if not resolved.is_file():
                raise StreamlitPageNotFoundError(resolved.name)
            page = resolved
            inferred_icon, inferred_name = page_icon_and_name(resolved)
        elif callable(page):
            inferred_icon, inferred_name = "", str(getattr(page, "__name__", ""))
            if not inferred_name and title is None:
                raise StreamlitMissingRequiredParameterError(
                    "The `title` parameter is required. Streamlit cannot infer a title from this callable.")
        else:
            raise StreamlitInvalidParameterTypeError(
                f"The `page` parameter must be str, Path, callable or st.Page, not {type(page).__name__}.")
        self._page = page
        self._title = title or inferred_name.replace("_", " ")
        self._icon = validate_icon(inferred_icon if icon is None else icon)
        if not self._title.strip():
            raise StreamlitMissingRequiredParameterError(
                "The `title` parameter is required. It cannot be empty or consist of underscores/spaces only.")
        self._url_path = inferred_name
        if url_path is not None:
            stripped = url_path.strip().strip("/")
            if not stripped.strip() and not default:
                raise StreamlitMissingRequiredParameterError(
                    "The `url_path` parameter is required. It can only be empty for the default page.")
            _check_url_path(stripped)
            self._url_path = stripped

    def _init_external(self, url: str, title: str | None, icon: str | None, url_path: str | None,
                       default: bool) -> None:
        if title is None or not title.strip():
            raise StreamlitMissingRequiredParameterError(
                "The `title` parameter is required. External URL pages require a non-empty title. "
                f"Please provide a title for the URL: {url}")
        if default:
            raise StreamlitAPIException(
                "`page=<external URL>` and `default=True` cannot be used together. "
                "External URL pages cannot be set as the default page.")
        self._external_url, self._title, self._icon = url, title, validate_icon(icon)
        self._url_path = (_sanitize_url_path(title) if url_path is None else url_path).strip().strip("/")
        if not self._url_path:
            raise StreamlitMissingRequiredParameterError(
                "The `url_path` parameter is required. Provide a non-empty `url_path`, or omit it and "
                "provide a `title` that can be converted to a valid URL path.")
        _check_url_path(self._url_path)

    title = property(lambda self: self._title, doc="The page's title (nav label and browser tab).")
    icon = property(lambda self: self._icon, doc="The page's icon ('' for none).")
    help = property(lambda self: self._help)
    visibility = property(lambda self: self._visibility)
    is_external = property(lambda self: self._external_url is not None)
    external_url = property(lambda self: self._external_url)

    @property
    def url_path(self) -> str:
        """The page's URL pathname; "" for the default page (served at the app's root)."""
        return "" if self._default else self._url_path

    @property
    def _key(self) -> str:
        return self._url_path

    def run(self) -> None:
        """Run the page (only the page ``st.navigation`` returned, once per run)."""
        if not self._can_be_called:
            raise StreamlitAPIException(
                "This page cannot be called directly. Only the page returned from st.navigation can be "
                "called once.")
        self._can_be_called = False
        if self.is_external:
            return
        run = ctx_mod.get_run_context()
        session = run.session
        previous = session.extras.get(_ACTIVE_PAGE, "")
        session.extras[_ACTIVE_PAGE] = self._key  # widget ids of a page differ from other pages'
        try:
            if isinstance(self._page, Path):
                from wasmlit.st.write import magic_write

                nav_mod.run_page_script(nav_mod.for_session(session), session.script, str(self._page),
                                        magic_write)
            elif self._page is not None:
                self._page()
        finally:
            session.extras[_ACTIVE_PAGE] = previous

    def _entry(self, section: str) -> PageEntry:
        return PageEntry(key=self._key, title=self._title, icon=self._icon, url_path=self.url_path,
                         script_path=str(self._page) if isinstance(self._page, Path) else "",
                         section=section, default=self._default, hidden=self._visibility == "hidden",
                         external_url=self._external_url, help=self._help)

    def __repr__(self) -> str:
        return f"StreamlitPage(page={self._page or self._external_url!r}, title={self._title!r})"


StreamlitPage = Page


def active_page_key() -> str:
    """The key of the page being run ("" in the entrypoint's own code): part of widget ids."""
    run = ctx_mod.maybe_run_context()
    return run.session.extras.get(_ACTIVE_PAGE, "") if run is not None else ""


def _to_page(page: Any) -> Page:
    if isinstance(page, Page):
        return page
    if isinstance(page, (str, Path)) or callable(page):
        return Page(page)
    raise StreamlitInvalidParameterTypeError(
        f"The `pages` parameter must be a list of str, Path, callable or st.Page, not {type(page).__name__}.")
