"""st.button."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from wasmlit.errors import StreamlitInvalidLayoutContextError, StreamlitValueError
from wasmlit.st.widgets._registry import WidgetSpec, register

if TYPE_CHECKING:
    from wasmlit.st.delta_generator import DeltaGenerator

BUTTON_KINDS = ("primary", "secondary", "tertiary")


def check_button_kind(command: str, kind: str) -> None:
    """Streamlit 1.67's error for a ``type=`` that is not a button kind (the same for every button)."""
    if kind not in BUTTON_KINDS:
        raise StreamlitValueError("type", ["'primary'", "'secondary'", "'tertiary'"])


FORMS_DOC = ("\n\nFor more information, refer to the\n[documentation for forms]"
             "(https://docs.streamlit.io/develop/api-reference/execution-flow/st.form).")


def check_not_in_form(dg: "DeltaGenerator", command: str, advice: str = "") -> None:
    """st.button / st.download_button inside an st.form: Streamlit 1.67's layout error."""
    if dg._active_form_id is not None:
        raise StreamlitInvalidLayoutContextError(f"`st.{command}()` can't be used in an `st.form()`.{advice}{FORMS_DOC}")


def register_trigger(dg: "DeltaGenerator", kind: str, label: str, key: str | int | None,
                     identity: dict[str, Any], on_click: Callable[..., Any] | None, args: Any, kwargs: Any,
                     disabled: bool) -> tuple[Any, str]:
    """Register a button-like widget: True for the run that follows its click, then False."""
    return register(dg, WidgetSpec(
        kind=kind, label=str(label), key=key, default=False, identity=identity,
        deserialize=lambda wire: bool(wire), on_change=on_click, args=args, kwargs=kwargs,
        disabled=disabled, is_trigger=True, readonly_key=True,
    ))


def button_props(label: str, help: str | None, kind: str, icon: str | None, disabled: bool,
                 use_container_width: bool | None, width: Any) -> dict[str, Any]:
    """The props every button element has (see ``protocol.ElementType``)."""
    return {"label": str(label), "help": help, "kind": kind, "icon": icon, "disabled": bool(disabled),
            "use_container_width": bool(use_container_width) or width == "stretch"}


class ButtonMixin:
    def button(self: "DeltaGenerator", label: str, key: str | int | None = None, help: str | None = None,
               on_click: Callable[..., Any] | None = None, args: Any = None, kwargs: Any = None, *,
               type: str = "secondary", icon: str | None = None, disabled: bool = False,
               use_container_width: bool | None = None, width: Any = None) -> bool:
        check_button_kind("button", type)
        check_not_in_form(self, "button", " Use `st.form_submit_button()` instead to submit the form.")
        clicked, widget_id = register_trigger(
            self, "button", label, key, {"help": help, "type": type, "icon": icon,
                                         "use_container_width": use_container_width},
            on_click, args, kwargs, disabled)
        self._enqueue("button", button_props(label, help, type, icon, disabled, use_container_width, width),
                      widget_id)
        return bool(clicked)
