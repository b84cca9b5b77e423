"""``streamlit.components.v1``: ``html`` and ``iframe`` (both draw an ``iframe`` element, as 1.67
does) and ``declare_component``, which is not available yet.

Inline HTML runs in a frame sandboxed WITHOUT allow-same-origin (web/src/render/elements/iframe.tsx):
its scripts run in an opaque origin, so they can never reach the app's page or its Python worker.
"""

from __future__ import annotations

from typing import Any

from wasmlit.errors import StreamlitAPIException

DEFAULT_HEIGHT = 150  # 1.67: a components frame with no height is 150px tall


def _size(width: int | None, height: int | None) -> tuple[Any, Any]:
    return (width if width is not None else "stretch"), (height if height is not None else DEFAULT_HEIGHT)


def _check_tab_index(tab_index: Any) -> None:
    from wasmlit.errors import StreamlitValueError

    if tab_index is not None and not (isinstance(tab_index, int) and not isinstance(tab_index, bool)
                                      and tab_index >= -1):
        raise StreamlitValueError("tab_index", ["None", "-1", "a non-negative integer"])


def _frame(props: dict[str, Any]):  # type: ignore[no-untyped-def]
    import wasmlit.st as st

    return st._main._enqueue("iframe", props)


def html(html: str, width: int | None = None, height: int | None = None, scrolling: bool = False, *,
         tab_index: int | None = None):  # type: ignore[no-untyped-def]
    """Inline HTML (and its scripts) in a sandboxed ``srcdoc`` frame."""
    _check_tab_index(tab_index)
    w, h = _size(width, height)
    return _frame({"srcdoc": str(html), "width": w, "height": h, "scrolling": bool(scrolling),
                   "tab_index": tab_index, "alt": None})


def iframe(src: str, width: int | None = None, height: int | None = None, scrolling: bool = False, *,
           tab_index: int | None = None):  # type: ignore[no-untyped-def]
    """A page at a URL in a frame (no sandbox, as 1.67: it is another origin already)."""
    _check_tab_index(tab_index)
    w, h = _size(width, height)
    return _frame({"src": str(src), "width": w, "height": h, "scrolling": bool(scrolling),
                   "tab_index": tab_index, "alt": None})


def declare_component(name: str, path: Any = None, url: Any = None, *args: Any, **kwargs: Any):  # type: ignore[no-untyped-def]
    raise StreamlitAPIException(
        f"`components.declare_component` (component {name!r}) is not supported yet by wasmlit: custom "
        "components with their own frontend cannot run in the browser build yet. "
        "Use `components.html` for inline HTML/JavaScript.")


class _V1:
    """Holder so ``streamlit.components.v1`` and ``from streamlit.components import v1`` both work."""


__all__ = ["html", "iframe", "declare_component"]
