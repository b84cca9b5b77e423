"""st.grid: a CSS grid container; every element written into it is one cell (Streamlit 1.67)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit.errors import (
    StreamlitIncompatibleParametersError,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
    StreamlitValueOutOfRangeError,
)
from wasmlit.st import _layout_args as args_mod

if TYPE_CHECKING:
    from wasmlit.st.delta_generator import DeltaGenerator

MAX_COLUMNS = 24


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _columns(columns: Any, wrap: bool) -> int | None:
    if columns == "auto":
        if not wrap:
            raise StreamlitIncompatibleParametersError(
                'columns="auto"', "wrap=False",
                explanation="`wrap=False` requires an explicit column count. Pass an integer, such as "
                            "`st.grid(3, wrap=False)`.")
        return None
    if isinstance(columns, str):
        raise StreamlitValueError("columns", ['"auto"', f"an integer from 1 to {MAX_COLUMNS}"],
                                  detail=f"Got {columns!r}.")
    if not _is_int(columns):
        raise StreamlitInvalidParameterTypeError(
            f'Invalid `columns` type. Expected one of: int, "auto". Provided type: {type(columns).__name__}.')
    if not 1 <= columns <= MAX_COLUMNS:
        raise StreamlitValueOutOfRangeError(
            f"The `columns` parameter, set to {columns}, is outside the required range [1, {MAX_COLUMNS}].")
    return columns


def _positive_or(value: Any, parameter: str, word: str) -> int | None:
    """``min_column_width`` ("auto") / ``row_height`` ("content"): that word, or a positive int of pixels."""
    if value == word:
        return None
    if isinstance(value, str) or (_is_int(value) and value < 1):
        raise StreamlitValueError(parameter, [f'"{word}"', "a positive integer"], detail=f"Got {value!r}.")
    if not _is_int(value):
        raise StreamlitInvalidParameterTypeError(
            f'Invalid `{parameter}` type. Expected one of: int, "{word}". Provided type: {type(value).__name__}.')
    return value


def _gaps(gap: Any) -> tuple[Any, Any]:
    if isinstance(gap, (tuple, list)):
        if len(gap) != 2:
            raise StreamlitValueError("gap", ["a gap size", "a 2-tuple or 2-list of (row_gap, column_gap)"],
                                      detail=f"Got a sequence with {len(gap)} elements.")
        row, col = gap
        for value, which in ((row, "row"), (col, "column")):
            try:
                args_mod.gap(value)
            except StreamlitValueError:
                raise StreamlitValueError(
                    "gap", [*(f"'{s}'" for s in args_mod.GAP_REM), "None", "a non-negative integer (pixels)"],
                    detail=f"Got {value!r} for the {which} gap in `gap`.") from None
        return args_mod.gap(row), args_mod.gap(col)
    value = args_mod.gap(gap)
    return value, value


class GridMixin:
    def grid(self: "DeltaGenerator", columns: Any = "auto", *, min_column_width: Any = "auto", wrap: bool = True,
             gap: Any = "small", vertical_alignment: str = "top", border: bool = False, row_height: Any = "content",
             width: Any = "stretch", height: Any = "content", key: Any = None, dense: bool = False) -> "DeltaGenerator":
        count = _columns(columns, wrap)
        min_width = _positive_or(min_column_width, "min_column_width", "auto")
        row_gap, column_gap = _gaps(gap)
        args_mod.alignment(vertical_alignment, "vertical_alignment", ("top", "center", "bottom"))
        fixed_row = _positive_or(row_height, "row_height", "content")
        args_mod.width(width, allow_content=False)
        args_mod.height(height)
        return self._block("grid", {
            "columns": count, "min_column_width": min_width, "wrap": bool(wrap),
            "row_gap": args_mod.gap_css(row_gap), "column_gap": args_mod.gap_css(column_gap),
            "vertical_alignment": vertical_alignment, "border": bool(border), "row_height": fixed_row,
            "width": width, "height": height if _is_int(height) else None, "dense": bool(dense),
        })
