"""st.pagination: page numbers 1..num_pages; returns the selected page (an int)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit.errors import StreamlitAPIException, StreamlitInvalidParameterTypeError, StreamlitValueOutOfRangeError
from wasmlit.st import _layout_args
from wasmlit.st.widgets._modes import callback_of
from wasmlit.st.widgets._registry import WidgetSpec, register, replace_value

if TYPE_CHECKING:
    from wasmlit.st.delta_generator import DeltaGenerator


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check(num_pages: Any, default: Any, max_visible_pages: Any) -> None:
    if not _is_int(num_pages) or num_pages < 1:
        raise StreamlitAPIException(f"`num_pages` must be an integer of at least 1. Got {num_pages}.")
    if not _is_int(default):
        raise StreamlitInvalidParameterTypeError(
            f"Invalid `default` type. Expected one of: int. Provided type: {type(default).__name__}.")
    if not 1 <= default <= num_pages:
        raise StreamlitValueOutOfRangeError(
            f"The `default` parameter, set to {default}, is outside the required range [1, {num_pages}].")
    if max_visible_pages is not None and (not _is_int(max_visible_pages) or max_visible_pages < 0):
        raise StreamlitAPIException(
            f"`max_visible_pages` must be a non-negative integer or None. Got {max_visible_pages}.")


class PaginationMixin:
    def pagination(self: "DeltaGenerator", num_pages: int, *, default: int = 1, max_visible_pages: int | None = 7,
                   width: Any = "content", key: Any = None, on_change: Any = "rerun", args: Any = None,
                   kwargs: Any = None, disabled: bool = False, bind: Any = None, persist_state: Any = None) -> int:
        callback = callback_of(on_change)
        _check(num_pages, default, max_visible_pages)
        _layout_args.width(width)
        page, widget_id = register(self, WidgetSpec(
            kind="pagination", label="", key=key, default=default,
            identity={"num_pages": num_pages, "default": default, "max_visible_pages": max_visible_pages,
                      "width": repr(width)},
            deserialize=lambda wire: int(wire) if _is_int(wire) else default, on_change=callback, args=args,
            kwargs=kwargs, disabled=disabled,
        ))
        if not (_is_int(page) and 1 <= page <= num_pages):
            page = replace_value(widget_id, default)  # fewer pages than before: back to the default
        self._enqueue("pagination", {"value": page, "num_pages": num_pages, "max_visible_pages": max_visible_pages,
                                     "width": width, "disabled": bool(disabled)}, widget_id)
        return page
