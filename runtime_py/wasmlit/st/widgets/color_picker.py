"""st.color_picker: a hex colour string, returned exactly as given (no case change, no expansion)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Callable

from wasmlit.errors import StreamlitAPIException, StreamlitInvalidParameterTypeError
from wasmlit.st.widgets._registry import WidgetSpec, common_props, register

if TYPE_CHECKING:
    from wasmlit.st.delta_generator import DeltaGenerator

HEX = re.compile(r"^#(?:[0-9a-fA-F]{3}){1,2}$")


def _check_color(value: Any) -> str:
    if not isinstance(value, str):
        raise StreamlitInvalidParameterTypeError(
            f"Color Picker Value has invalid type: {type(value).__name__}. "
            "Expects a hex string like '#00FFAA' or '#000'.")
    if not HEX.match(value):
        raise StreamlitAPIException(
            f"'{value}' is not a valid hex code for colors. Valid ones are like '#00FFAA' or '#000'.")
    return value


def _from_wire(wire: Any) -> str:
    value = str(wire)
    return value if HEX.match(value) else "#000000"


class ColorPickerMixin:
    def color_picker(self: "DeltaGenerator", label: str, value: str | None = None, key: str | int | None = None,
                     help: str | None = None, on_change: Callable[..., Any] | None = None, args: Any = None,
                     kwargs: Any = None, *, disabled: bool = False, label_visibility: str = "visible",
                     width: Any = None) -> str:
        default = "#000000" if value is None else _check_color(value)
        current, widget_id = register(self, WidgetSpec(
            kind="color_picker", label=str(label), key=key, default=default,
            identity={"value": default, "help": help}, deserialize=_from_wire,
            on_change=on_change, args=args, kwargs=kwargs, disabled=disabled,
            label_visibility=label_visibility,
        ))
        self._enqueue("color_picker", {**common_props(str(label), help, disabled, label_visibility),
                                       "value": current}, widget_id)
        return current
