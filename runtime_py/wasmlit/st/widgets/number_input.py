"""st.number_input: an int or a float, decided by the types of the arguments."""

from __future__ import annotations

import numbers
from typing import TYPE_CHECKING, Any, Callable

from wasmlit.errors import (
    StreamlitAPIException,
    StreamlitInvalidMinMaxError,
    StreamlitMixedNumericTypesError,
    StreamlitValueAboveMaxError,
    StreamlitValueBelowMinError,
)
from wasmlit.st.widgets._registry import WidgetSpec, common_props, register

if TYPE_CHECKING:
    from wasmlit.st.delta_generator import DeltaGenerator


def _is_int(x: Any) -> bool:
    return isinstance(x, numbers.Integral) and not isinstance(x, bool)


def _is_float(x: Any) -> bool:
    return isinstance(x, numbers.Real) and not isinstance(x, numbers.Integral)


def check_format(fmt: str, sample: int | float, widget: str) -> None:
    try:
        fmt % sample
    except (TypeError, ValueError):
        raise StreamlitAPIException(
            f"Format string for {widget} contains invalid characters: {fmt}") from None


class NumberInputMixin:
    def number_input(self: "DeltaGenerator", label: str, min_value: int | float | None = None,
                     max_value: int | float | None = None, value: Any = "min", step: int | float | None = None,
                     format: str | None = None, key: str | int | None = None, help: str | None = None,
                     on_change: Callable[..., Any] | None = None, args: Any = None, kwargs: Any = None, *,
                     placeholder: str | None = None, disabled: bool = False, label_visibility: str = "visible",
                     icon: str | None = None, width: Any = None) -> int | float | None:
        numeric = {"value": value, "min_value": min_value, "max_value": max_value, "step": step}
        given = {k: v for k, v in numeric.items() if v is not None and not (k == "value" and v == "min")}
        for name, arg in given.items():
            if isinstance(arg, bool) or not isinstance(arg, numbers.Real):
                raise StreamlitAPIException(
                    f"The `{name}` argument of st.number_input must be an int or a float, "
                    f"got {type(arg).__name__}.")
        all_ints = all(_is_int(v) for v in given.values())
        all_floats = all(_is_float(v) for v in given.values())
        if not all_ints and not all_floats:
            raise StreamlitMixedNumericTypesError(
                "All numerical arguments must be of the same type."
                + "".join(f"\n`{name}` has {type(arg).__name__} type." for name, arg in numeric.items()
                          if not (name == "value" and arg == "min")))
        is_int = bool(given) and all_ints
        if value == "min":
            value = min_value if min_value is not None else (0 if is_int else 0.0)
        # The bounds are compared with each other first (1.67), so inverted bounds are named as such.
        if min_value is not None and max_value is not None and min_value > max_value:
            raise StreamlitInvalidMinMaxError(min_value, max_value)
        if value is not None:
            value = int(value) if is_int else float(value)
            if min_value is not None and value < min_value:
                raise StreamlitValueBelowMinError(value, min_value)
            if max_value is not None and value > max_value:
                raise StreamlitValueAboveMaxError(value, max_value)
        if step is None:
            step = 1 if is_int else 0.01
        if format is None:
            format = "%d" if is_int else "%0.2f"
        check_format(format, 1 if is_int else 1.0, "st.number_input")

        def deserialize(wire: Any) -> int | float | None:
            if wire is None:
                return None
            return int(wire) if is_int else float(wire)

        current, widget_id = register(self, WidgetSpec(
            kind="number_input", label=str(label), key=key, default=value,
            identity={"min": min_value, "max": max_value, "value": value, "step": step, "format": format,
                      "help": help, "placeholder": placeholder},
            keyed_identity={"min": min_value, "max": max_value, "step": step, "format": format},
            deserialize=deserialize, on_change=on_change, args=args, kwargs=kwargs,
            disabled=disabled, label_visibility=label_visibility,
        ))
        self._enqueue("number_input", {
            **common_props(str(label), help, disabled, label_visibility),
            "value": current, "min": min_value, "max": max_value, "step": step, "format": format,
            "is_int": is_int, "placeholder": placeholder,
        }, widget_id)
        return current
