"""st.page_link: a link to a page of the app (a file, a ``Page``) or to an external URL.

An app page is looked up among the pages ``st.navigation`` (or the pages/ folder)
registered, as Streamlit 1.67 does; its label, icon and help default to the page's. A
click in the page sends ``navigate`` with the link's page key and query string (the
page's URL is ``#/<url_path>``, so the link also opens in a new tab).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from wasmlit._engine import context as ctx_mod
from wasmlit._engine import navigation as nav_mod
from wasmlit.errors import StreamlitMissingRequiredParameterError
from wasmlit.st._nav_icons import is_url, validate_icon
from wasmlit.st.page import Page

if TYPE_CHECKING:
    from wasmlit.st.delta_generator import DeltaGenerator


class PageLinkMixin:
    def page_link(self: "DeltaGenerator", page: str | Path | Page, *, label: str | None = None,
                  icon: str | None = None, icon_position: str = "left", help: str | None = None,
                  disabled: bool = False, use_container_width: bool | None = None, width: Any = "content",
                  query_params: Any = None) -> "DeltaGenerator":
        """A link to ``page``; returns the element's DG."""
        from wasmlit.st.navigation import page_for_path
        from wasmlit.st.query_params import query_string_of

        props: dict[str, Any] = {
            "label": "" if label is None else str(label), "icon": validate_icon(icon),
            "help": "" if help is None else str(help), "disabled": bool(disabled),
            "use_container_width": bool(use_container_width) or width == "stretch",
            "query_string": query_string_of(query_params) if query_params else "",
            "page": "", "page_key": None, "external": False,
        }
        if isinstance(page, Page):
            props["label"] = page.title if label is None else props["label"]
            props["icon"] = page.icon if icon is None else props["icon"]
            props["help"] = page.help if help is None else props["help"]
            if page.is_external:
                props.update(page=page.external_url or "", external=True)
            else:
                props.update(page=page.url_path, page_key=page._key)
            return self._enqueue("page_link", props)
        page = str(page)
        if is_url(page):
            if not label:
                raise StreamlitMissingRequiredParameterError(
                    "The `label` parameter is required. Streamlit cannot infer a label for an external URL.")
            props.update(page=page, external=True)
            return self._enqueue("page_link", props)
        nav = nav_mod.for_session(ctx_mod.get_run_context().session)
        entry = page_for_path(nav, page)
        if label is None:
            props["label"] = entry.title
        if help is None:
            props["help"] = entry.help
        props.update(page=entry.url_path, page_key=entry.key)
        return self._enqueue("page_link", props)
