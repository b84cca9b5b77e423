"""st.set_page_config."""

from __future__ import annotations

from typing import Any

from wasmlit._engine import context as ctx_mod
from wasmlit.errors import StreamlitAPIException

LAYOUTS = ("centered", "wide")
SIDEBAR_STATES = ("auto", "expanded", "collapsed")


def set_page_config(page_title: str | None = None, page_icon: Any = None, layout: str | None = "centered",
                    initial_sidebar_state: str | int = "auto", menu_items: dict[str, Any] | None = None) -> None:
    if layout is None:
        layout = "centered"
    if layout not in LAYOUTS:
        raise StreamlitAPIException(f'`layout` must be "centered" or "wide" (got "{layout}")')
    if isinstance(initial_sidebar_state, int) or initial_sidebar_state not in SIDEBAR_STATES:
        initial_sidebar_state = "auto"
    ctx_mod.get_run_context().post({
        "type": "page_config", "title": None if page_title is None else str(page_title),
        "icon": None if page_icon is None else str(page_icon), "layout": layout,
        "initial_sidebar_state": initial_sidebar_state,
    })
