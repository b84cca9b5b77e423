"""st.checkbox and st.toggle."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from wasmlit.st.widgets._registry import WidgetSpec, common_props, register

if TYPE_CHECKING:
    from wasmlit.st.delta_generator import DeltaGenerator


class CheckboxMixin:
    def _checkbox(self: "DeltaGenerator", kind: str, label: str, value: bool, key: Any, help: str | None,
                  on_change: Callable[..., Any] | None, args: Any, kwargs: Any, disabled: bool,
                  label_visibility: str) -> bool:
        checked, widget_id = register(self, WidgetSpec(
            kind=kind, label=str(label), key=key, default=bool(value),
            identity={"value": bool(value), "help": help},
            deserialize=lambda wire: bool(wire), on_change=on_change, args=args, kwargs=kwargs,
            disabled=disabled, label_visibility=label_visibility,
        ))
        self._enqueue("checkbox", {**common_props(str(label), help, disabled, label_visibility),
                                   "value": bool(checked), "toggle": kind == "toggle"}, widget_id)
        return bool(checked)

    def checkbox(self: "DeltaGenerator", label: str, value: bool = False, key: str | int | None = None,
                 help: str | None = None, on_change: Callable[..., Any] | None = None, args: Any = None,
                 kwargs: Any = None, *, disabled: bool = False, label_visibility: str = "visible",
                 width: Any = None) -> bool:
        return self._checkbox("checkbox", label, value, key, help, on_change, args, kwargs, disabled,
                              label_visibility)

    def toggle(self: "DeltaGenerator", label: str, value: bool = False, key: str | int | None = None,
               help: str | None = None, on_change: Callable[..., Any] | None = None, args: Any = None,
               kwargs: Any = None, *, disabled: bool = False, label_visibility: str = "visible",
               width: Any = None) -> bool:
        return self._checkbox("toggle", label, value, key, help, on_change, args, kwargs, disabled,
                              label_visibility)
