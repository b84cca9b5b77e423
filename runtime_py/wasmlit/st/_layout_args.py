"""Checks and wire forms of the layout arguments Streamlit 1.67 shares across commands.

``width`` / ``height`` ("stretch", "content" or pixels), ``gap`` (named sizes, pixels
or None), the alignments of ``st.container``, the sizes of ``st.space`` and the
``on_change`` modes of the stateful containers. Messages are Streamlit's.
"""

from __future__ import annotations

from typing import Any, Callable

from wasmlit.errors import StreamlitInvalidHeightError, StreamlitInvalidWidthError, StreamlitValueError

# Named sizes → rem, as Streamlit's gaps and spaces.
GAP_REM = {"xxsmall": 0.25, "xsmall": 0.5, "small": 1.0, "medium": 2.0, "large": 4.0,
           "xlarge": 6.0, "xxlarge": 8.0}
SPACE_REM = {"xxsmall": 0.25, "xsmall": 0.5, "small": 0.75, "medium": 2.5, "large": 4.25,
             "xlarge": 6.0, "xxlarge": 8.0}
HORIZONTAL_ALIGNMENTS = ("left", "center", "right", "distribute")
VERTICAL_ALIGNMENTS = ("top", "center", "bottom", "distribute")
_UINT32_MAX = 2**32 - 1


def _is_pixels(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value <= _UINT32_MAX


def width(value: Any, *, allow_content: bool = True) -> str | int:
    """A valid ``width``: "stretch", "content" (when allowed) or a positive int of pixels."""
    allowed = ("stretch", "content") if allow_content else ("stretch",)
    if (isinstance(value, str) and value in allowed) or _is_pixels(value):
        return value
    raise StreamlitInvalidWidthError(value, allow_content)


def height(value: Any, *, allow_content: bool = True, allow_stretch: bool = True,
           extra: tuple[str, ...] = ()) -> str | int:
    allowed = (*(("stretch",) if allow_stretch else ()), *(("content",) if allow_content else ()), *extra)
    if (isinstance(value, str) and value in allowed) or _is_pixels(value):
        return value
    raise StreamlitInvalidHeightError(value, allow_content)


def gap(value: Any, parameter: str = "gap") -> float | int | None:
    """The gap as rem (a float) for a named size, pixels (an int), or None for no gap."""
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= _UINT32_MAX:
        return value
    if value is None:
        return None
    if isinstance(value, str) and value.lower() in GAP_REM:
        return GAP_REM[value.lower()]
    raise StreamlitValueError(parameter, [*(f"'{s}'" for s in GAP_REM), "None", "a non-negative integer (pixels)"],
                              detail=f"Got {value!r}.")


def gap_css(value: float | int | None) -> str:
    if value is None:
        return "0"
    return f"{value}px" if isinstance(value, int) else f"{value}rem"


def alignment(value: Any, parameter: str, valid: tuple[str, ...]) -> str:
    if isinstance(value, str) and value in valid:
        return value
    raise StreamlitValueError(parameter, [f"'{v}'" for v in valid], detail=f"Got {value!r}.")


def space_size(value: Any) -> str | int:
    if (isinstance(value, str) and (value in SPACE_REM or value == "stretch")) or _is_pixels(value):
        return value
    raise StreamlitValueError("size", ["'stretch'", *(f"'{s}'" for s in SPACE_REM), "a positive integer"],
                              detail=f"Got {value!r}.")


def on_change_mode(value: Any) -> Callable[..., Any] | None:
    """The callback of a stateful container's ``on_change`` ("ignore"/"rerun" give None)."""
    if callable(value):
        return value
    if isinstance(value, str) and value in ("rerun", "ignore"):
        return None
    raise StreamlitValueError("on_change", ["'rerun'", "'ignore'", "a callback function"])

