"""st.button."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from wasmlit.errors import StreamlitAPIException
from wasmlit.st.widgets._registry import WidgetSpec, register

if TYPE_CHECKING:
    from wasmlit.st.delta_generator import DeltaGenerator

BUTTON_KINDS = ("primary", "secondary", "tertiary")


class ButtonMixin:
    def button(self: "DeltaGenerator", label: str, key: str | int | None = None, help: str | None = None,
               on_click: Callable[..., Any] | None = None, args: Any = None, kwargs: Any = None, *,
               type: str = "secondary", icon: str | None = None, disabled: bool = False,
               use_container_width: bool | None = None, width: Any = None) -> bool:
        if type not in BUTTON_KINDS:
            raise StreamlitAPIException(
                f'The type argument to st.button must be "primary", "secondary", or "tertiary". '
                f'\nThe argument passed was "{type}".')
        if self._active_form_id is not None:
            raise StreamlitAPIException(
                "`st.button()` can't be used in an `st.form()`. Use `st.form_submit_button()` instead.")
        clicked, widget_id = register(self, WidgetSpec(
            kind="button", label=str(label), key=key, default=False,
            identity={"help": help, "type": type, "icon": icon, "use_container_width": use_container_width},
            deserialize=lambda wire: bool(wire), on_change=on_click, args=args, kwargs=kwargs,
            disabled=disabled, is_trigger=True, readonly_key=True,
        ))
        self._enqueue("button", {
            "label": str(label), "help": help, "kind": type, "icon": icon, "disabled": bool(disabled),
            "use_container_width": bool(use_container_width) or width == "stretch",
        }, widget_id)
        return bool(clicked)
