"""st.navigation, st.switch_page and the pages/ folder (multipage apps, Streamlit 1.67).

The entrypoint calls ``st.navigation(pages)``: the pages are registered with the session's
``Navigation`` (``_engine/navigation.py``), the page the browser asked for is resolved
(else the default page runs and the page says "page not found"), the nav is sent to the
page (a ``navigation`` message; a ``page_info`` one when the address must change), and the
returned ``Page`` is ``.run()`` by the script. An app with a ``pages/`` folder that never
calls ``st.navigation`` runs as if its entrypoint did that for the folder (``run_app``).
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Callable, Literal, NoReturn

from wasmlit._engine import context as ctx_mod
from wasmlit._engine import navigation as nav_mod
from wasmlit._engine.control import RerunException
from wasmlit.errors import (
    NoSessionContext,
    StreamlitAPIException,
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
    StreamlitPageNotFoundError,
    StreamlitValueError,
)
from wasmlit.st.page import Page, StreamlitPage, _to_page

__all__ = ["navigation", "switch_page", "Page", "StreamlitPage", "run_app"]


def navigation(pages: Sequence[Any] | Mapping[str, Sequence[Any]], *,
               position: Literal["sidebar", "hidden", "top"] = "sidebar",
               expanded: bool | int = False) -> Page:
    """Register the app's pages; returns the page to run (call ``.run()`` on it)."""
    if not isinstance(position, str) or position not in ("sidebar", "hidden", "top"):
        raise StreamlitValueError("position", "'sidebar', 'hidden', 'top'")
    run = ctx_mod.maybe_run_context()
    if run is not None:  # from now on this session ignores the pages/ folder, as Streamlit does
        nav_mod.for_session(run.session).uses_pages_directory = False
    return _navigation(pages, position=position, expanded=expanded)


def _sections(pages: Sequence[Any] | Mapping[str, Sequence[Any]]) -> dict[str, list[Page]]:
    if isinstance(pages, Mapping):
        return {str(section): [_to_page(p) for p in items] for section, items in pages.items()}
    if isinstance(pages, (str, bytes)) or not isinstance(pages, Sequence):
        raise StreamlitInvalidParameterTypeError(
            f"The `pages` parameter must be a list or a dict of lists, not {type(pages).__name__}.")
    return {"": [_to_page(p) for p in pages]}


def _default_page(sections: dict[str, list[Page]]) -> Page:
    all_pages = [p for items in sections.values() for p in items]
    if not all_pages:
        raise StreamlitMissingRequiredParameterError(
            "The `pages` parameter is required. Provide at least one `st.Page`.")
    defaults = [p for p in all_pages if p._default]
    if len(defaults) > 1:
        raise StreamlitAPIException(
            "Multiple Pages specified with `default=True`. At most one Page can be set to default.")
    if defaults:
        return defaults[0]
    internal = [p for p in all_pages if not p.is_external]
    if not internal:
        raise StreamlitAPIException(
            "At least one non-external page is required. External URL pages cannot be the default page.")
    internal[0]._default = True
    return internal[0]


def _describe(page: Page, section: str, main_dir: Path) -> str:
    if page.is_external:
        text = f"external URL `{page.external_url}`"
    elif isinstance(page._page, Path):
        path = page._page.relative_to(main_dir) if page._page.is_relative_to(main_dir) else page._page
        text = f"`{path}`"
    else:
        text = f'callable titled "{page.title}"'
    notes = ([f'section "{section}"'] if section else []) + (["hidden"] if page.visibility == "hidden" else [])
    notes += ["default page"] if page._default else []
    return f"{text} ({', '.join(notes)})" if notes else text


def _duplicate_error(first: tuple[str, Page], second: tuple[str, Page], main_dir: Path) -> StreamlitAPIException:
    note = (" The default page is served at the app root, but it still reserves this pathname."
            if first[1]._default or second[1]._default else "")
    return StreamlitAPIException(
        f"Two pages resolve to the URL pathname `/{second[1]._url_path}`: {_describe(first[1], first[0], main_dir)} "
        f"and {_describe(second[1], second[0], main_dir)}. Each page passed to `st.navigation` needs a unique "
        "URL pathname, including pages in different sections, hidden pages, and external URL pages. Streamlit "
        "infers the pathname from the filename, callable name, or the title of an external URL page."
        f"{note} Set a unique `url_path` in `st.Page` for one of these pages.")


def _expanded(expanded: Any) -> tuple[bool, int | None]:
    if isinstance(expanded, bool):
        return expanded, None
    if isinstance(expanded, int):
        if expanded < 0:
            raise StreamlitValueError("expanded", f"True, False, a non-negative integer. Provided value: {expanded!r}")
        return False, (expanded or None)
    raise StreamlitInvalidParameterTypeError(
        f"The `expanded` parameter must be bool or int, not {type(expanded).__name__}.")


def _navigation(pages: Any, *, position: str, expanded: Any) -> Page:
    sections = _sections(pages)
    default = _default_page(sections)
    run = ctx_mod.maybe_run_context()
    if run is None:
        default._can_be_called = True
        return default
    nav = nav_mod.for_session(run.session)
    seen: dict[str, tuple[str, Page]] = {}
    entries: dict[str, nav_mod.PageEntry] = {}
    for section, items in sections.items():
        for page in items:
            if page._key in seen:
                raise _duplicate_error(seen[page._key], (section, page), Path(nav.main_dir))
            seen[page._key] = (section, page)
            entries[page._key] = page._entry(section)
    is_expanded, visible_items = _expanded(expanded)
    asked = nav.intent
    entry, found = nav.resolve(entries, default._key)
    if position == "sidebar" and not nav_mod.show_sidebar_navigation(nav.main_dir):
        position = "hidden"
    run.post({"type": "navigation", "pages": [e.wire() for e in entries.values()], "sections": list(sections),
              "position": position, "expanded": is_expanded, "visible_items": visible_items,
              "current": entry.key, "page_not_found": None if found else (asked or "")})
    if not found:  # the address names a page that does not exist: show the default page's address
        nav.url_page = entry.url_path
        run.post(nav_mod.page_info(nav, "replace"))
    elif (update := nav_mod.address_update(nav)) is not None:
        run.post(update)
    page = seen[entry.key][1]
    page._can_be_called = True
    return page


def switch_page(page: str | Path | Page, *, query_params: Any = None) -> NoReturn:
    """Stop this run and run ``page`` (a registered page, or its file relative to the entrypoint)."""
    run = ctx_mod.maybe_run_context()
    if run is None:
        raise NoSessionContext()
    nav = nav_mod.for_session(run.session)
    key = _target_key(nav, page)
    from wasmlit.st.query_params import replace_for_switch

    replace_for_switch(nav, query_params)
    nav.switch_to(key)
    raise RerunException()


def _target_key(nav: nav_mod.Navigation, page: str | Path | Page) -> str:
    if isinstance(page, Page):
        if page.is_external:
            raise StreamlitAPIException(
                "Cannot use st.switch_page with external URL pages. Use st.page_link instead to create a "
                "link to external pages.")
        return page._key
    entry = page_for_path(nav, str(page))
    return entry.key


def page_for_path(nav: nav_mod.Navigation, page: str) -> nav_mod.PageEntry:
    """The registered page whose file is ``page`` (relative to the entrypoint), or Streamlit's error."""
    if "\x00" in page:
        raise StreamlitAPIException("Page paths must not contain null bytes.")
    requested = os.path.realpath(os.path.join(nav.main_dir, page))
    entry = nav.find_by_script(requested)
    if entry is None and nav.pages is None and requested == nav.main_script:
        entry = nav_mod.PageEntry(key="", title="", icon="", url_path="", script_path=nav.main_script, default=True)
    if entry is None:
        raise StreamlitPageNotFoundError(page, nav.main_dir, nav.uses_pages_directory)
    return entry


def run_pages_folder() -> None:
    """What the entrypoint of a ``pages/`` folder app amounts to (MPA v1 through st.navigation)."""
    nav = _current_nav()
    files = nav_mod.pages_folder_files(nav.main_script)
    pages = [Page(nav.main_script, default=True)] + [Page(str(f)) for f in files]
    _navigation(pages, position="sidebar", expanded=False).run()


def run_app(session: Any, magic_write: Callable[..., Any]) -> None:
    """The run's body: the entrypoint script, or — for a pages/ folder app — the page asked for."""
    nav = nav_mod.for_session(session)
    if nav.uses_pages_directory:
        run_pages_folder()
        return
    if nav.pages is None and (update := nav_mod.address_update(nav)) is not None:
        ctx_mod.get_run_context().post(update)  # e.g. st.switch_page cleared the query params
    session.script.execute(magic_write)


def _current_nav() -> nav_mod.Navigation:
    return nav_mod.for_session(ctx_mod.get_run_context().session)
