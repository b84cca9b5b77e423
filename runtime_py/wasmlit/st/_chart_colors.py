"""Color arguments of the built-in charts: hex / rgb() strings and RGB(A) tuples, checked and
turned into CSS colors Vega understands, and the errors Streamlit 1.67 raises for bad ones."""

from __future__ import annotations

from typing import Any

from wasmlit.errors import StreamlitAPIException


def is_hex_color_like(value: Any) -> bool:
    return (isinstance(value, str) and value.startswith("#") and value[1:].isalnum()
            and len(value) in (4, 5, 7, 9))


def is_color_tuple_like(value: Any) -> bool:
    return (isinstance(value, (tuple, list)) and len(value) in (3, 4)
            and all(isinstance(c, (int, float)) and not isinstance(c, bool) for c in value))


def _is_css_color_like(value: Any) -> bool:
    return is_hex_color_like(value) or (isinstance(value, str) and value.startswith(("rgb(", "rgba(")))


def is_color_like(value: Any) -> bool:
    return _is_css_color_like(value) or is_color_tuple_like(value)


def _channel(c: float) -> int:
    """0..255 from an int (0..255) or a float (0.0..1.0), clamped."""
    if isinstance(c, float):
        c = int(c * 255)
    return min(255, max(int(c), 0))


def to_css_color(value: Any) -> str:
    """A color Vega understands: hex and rgb() strings as given; tuples → ``rgb()``/``rgba()``."""
    if _is_css_color_like(value):
        return value
    if is_color_tuple_like(value):
        r, g, b = (_channel(c) for c in value[:3])
        if len(value) == 3:
            return f"rgb({r}, {g}, {b})"
        a = value[3]
        alpha = min(1.0, max(a / 255.0 if isinstance(a, int) else float(a), 0.0))
        return f"rgba({r}, {g}, {b}, {alpha})"
    raise StreamlitAPIException(f"This does not look like a valid color: {value!r}")


class StreamlitInvalidColorError(StreamlitAPIException):
    def __init__(self, color: Any) -> None:
        super().__init__(f"""
This does not look like a valid color argument: `{color}`.

The color argument can be:

* A hex string like "#ffaa00" or "#ffaa0088".
* An RGB or RGBA tuple with the red, green, blue, and alpha
  components specified as ints from 0 to 255 or floats from 0.0 to
  1.0.
* The name of a column.
* Or a list of colors, matching the number of y columns to draw.
        """)


class StreamlitColorLengthError(StreamlitAPIException):
    def __init__(self, colors: Any, y_columns: list[str]) -> None:
        super().__init__(f"The list of colors `{colors}` must have the same length as the list of columns "
                         f"to be colored `{y_columns}`.")
