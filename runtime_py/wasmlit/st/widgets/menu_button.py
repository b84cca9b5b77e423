"""st.menu_button: a button that opens a list of options; returns the option picked in this run, else None."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from wasmlit.errors import StreamlitInvalidLayoutContextError, StreamlitMissingRequiredParameterError
from wasmlit.st import _layout_args
from wasmlit.st.widgets._options import to_option_list
from wasmlit.st.widgets._registry import WidgetSpec, register
from wasmlit.st.widgets.button import button_props, check_button_kind

if TYPE_CHECKING:
    from wasmlit.st.delta_generator import DeltaGenerator


class MenuButtonMixin:
    def menu_button(self: "DeltaGenerator", label: str, options: Any, *, key: Any = None, help: str | None = None,
                    on_click: Callable[..., Any] | None = None, args: Any = None, kwargs: Any = None,
                    type: str = "secondary", icon: str | None = None, disabled: bool = False,
                    width: Any = "content", format_func: Callable[[Any], str] = str, wrap: bool | None = None) -> Any:
        check_button_kind("menu_button", type)
        if self._active_form_id is not None:
            raise StreamlitInvalidLayoutContextError(
                "`st.menu_button()` can't be used in an `st.form()`.\n\nFor more information, refer to the\n"
                "[documentation for forms](https://docs.streamlit.io/develop/api-reference/execution-flow/st.form).")
        items = to_option_list(options)
        if not items:
            raise StreamlitMissingRequiredParameterError(
                "The `options` parameter is required. Provide at least one option.")
        _layout_args.width(width)
        labels = [str(format_func(item)) for item in items]

        def deserialize(wire: Any) -> Any:
            # The wire value is the picked option's index; anything else is no pick.
            if isinstance(wire, int) and not isinstance(wire, bool) and 0 <= wire < len(items):
                return items[wire]
            return None

        def serialize(value: Any) -> Any:
            for i, item in enumerate(items):
                if item == value or labels[i] == value:
                    return i
            return None

        picked, widget_id = register(self, WidgetSpec(
            kind="menu_button", label=str(label), key=key, default=None,
            identity={"options": tuple(labels), "help": help, "type": type, "icon": icon, "width": repr(width)},
            deserialize=deserialize, serialize=serialize, on_change=on_click, args=args, kwargs=kwargs,
            disabled=disabled, is_trigger=True, trigger_reset=None, readonly_key=True,
        ))
        self._enqueue("menu_button", {**button_props(str(label), help, type, icon, disabled, None, width),
                                      "options": labels, "width": width}, widget_id)
        return picked
