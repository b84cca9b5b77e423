"""st.text_input and st.text_area."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from wasmlit.errors import StreamlitAPIException
from wasmlit.st.widgets._registry import WidgetSpec, common_props, register

if TYPE_CHECKING:
    from wasmlit.st.delta_generator import DeltaGenerator


def _text_value(wire: Any) -> str | None:
    return None if wire is None else str(wire)


class TextInputMixin:
    def _text_widget(self: "DeltaGenerator", kind: str, label: str, value: Any, max_chars: int | None,
                     key: Any, help: str | None, on_change: Callable[..., Any] | None, args: Any,
                     kwargs: Any, placeholder: str | None, disabled: bool, label_visibility: str,
                     extra_props: dict[str, Any]) -> str | None:
        default = None if value is None else str(value)
        if default is not None and max_chars is not None and len(default) > max_chars:
            default = default[:max_chars]
        current, widget_id = register(self, WidgetSpec(
            kind=kind, label=str(label), key=key, default=default,
            identity={"value": default, "max_chars": max_chars, "help": help, "placeholder": placeholder,
                      **extra_props},
            keyed_identity={"max_chars": max_chars},
            deserialize=_text_value, on_change=on_change, args=args, kwargs=kwargs,
            disabled=disabled, label_visibility=label_visibility,
        ))
        self._enqueue(kind, {**common_props(str(label), help, disabled, label_visibility),
                             "value": current, "max_chars": max_chars, "placeholder": placeholder,
                             **extra_props}, widget_id)
        return current

    def text_input(self: "DeltaGenerator", label: str, value: str | None = "", max_chars: int | None = None,
                   key: str | int | None = None, type: str = "default", help: str | None = None,
                   autocomplete: str | None = None, on_change: Callable[..., Any] | None = None,
                   args: Any = None, kwargs: Any = None, *, placeholder: str | None = None,
                   disabled: bool = False, label_visibility: str = "visible", icon: str | None = None,
                   width: Any = None) -> str | None:
        if type not in ("default", "password"):
            raise StreamlitAPIException(
                f"'{type}' is not a valid text_input type. Valid types are 'default' and 'password'.")
        return self._text_widget("text_input", label, value, max_chars, key, help, on_change, args, kwargs,
                                 placeholder, disabled, label_visibility,
                                 {"input_type": type, "autocomplete": autocomplete})

    def text_area(self: "DeltaGenerator", label: str, value: str | None = "", height: int | None = None,
                  max_chars: int | None = None, key: str | int | None = None, help: str | None = None,
                  on_change: Callable[..., Any] | None = None, args: Any = None, kwargs: Any = None, *,
                  placeholder: str | None = None, disabled: bool = False,
                  label_visibility: str = "visible", width: Any = None) -> str | None:
        if isinstance(height, int) and height < 68:
            raise StreamlitAPIException(
                f"Invalid height {height}px for `st.text_area` - must be at least 68 pixels.")
        return self._text_widget("text_area", label, value, max_chars, key, help, on_change, args, kwargs,
                                 placeholder, disabled, label_visibility, {"height": height})
