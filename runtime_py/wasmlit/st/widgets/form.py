"""st.form and st.form_submit_button.

The page holds the changes of the widgets inside a form (their nodes carry ``form_id``)
and sends them all in ONE interaction together with the submit button's click, so a
form widget never causes a run by itself. The submit button's ``on_click`` runs
before the script, like any callback. ``clear_on_submit``: in the submit run the
script sees the submitted values, the page shows the defaults, and the session puts
the defaults back when the run ends (``AppSession._clear_submitted_forms``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from wasmlit._engine import context as ctx_mod
from wasmlit._state.session_state import _check_key
from wasmlit.errors import (
    StreamlitAPIException,
    StreamlitDuplicateElementKey,
    StreamlitInvalidLayoutContextError,
    StreamlitValueAssignmentNotAllowedError,
)
from wasmlit.st.widgets.button import button_props, check_button_kind, register_trigger

if TYPE_CHECKING:
    from wasmlit.st.delta_generator import DeltaGenerator

FORM_DOCS = "https://docs.streamlit.io/develop/api-reference/execution-flow/st.form"


class FormMixin:
    def form(self: "DeltaGenerator", key: str, clear_on_submit: bool = False, *, enter_to_submit: bool = True,
             border: bool = True, width: Any = None, height: Any = None) -> "DeltaGenerator":
        if self._active_form_id is not None:
            raise StreamlitInvalidLayoutContextError("Forms cannot be nested in other forms.")
        form_id = str(key)
        _check_key(form_id)
        run = ctx_mod.get_run_context()
        if form_id in run.forms:
            raise StreamlitDuplicateElementKey(form_id)  # 1.67: a form's key is an element key
        if run.session.state.assigned_this_run(form_id):
            raise StreamlitValueAssignmentNotAllowedError(form_id)
        run.forms[form_id] = {"clear_on_submit": bool(clear_on_submit), "defaults": {}}
        return self._block("form", {"form_id": form_id, "clear_on_submit": bool(clear_on_submit),
                                    "enter_to_submit": bool(enter_to_submit), "border": bool(border)},
                           form_id=form_id)

    def form_submit_button(self: "DeltaGenerator", label: str = "Submit", help: str | None = None,
                           on_click: Callable[..., Any] | None = None, args: Any = None, kwargs: Any = None, *,
                           key: str | int | None = None, type: str = "secondary", icon: str | None = None,
                           disabled: bool = False, use_container_width: bool | None = None,
                           width: Any = None, shortcut: Any = None) -> bool:
        if self._active_form_id is None:
            raise StreamlitInvalidLayoutContextError(
                "`st.form_submit_button()` must be used inside an `st.form()`.\n\n"
                f"For more information, refer to the [documentation]({FORM_DOCS}).")
        check_button_kind("form_submit_button", type)
        clicked, widget_id = register_trigger(
            self, "form_submit_button", label, key, {"help": help, "type": type, "icon": icon,
                                                     "use_container_width": use_container_width},
            on_click, args, kwargs, disabled)
        self._enqueue("form_submit_button",
                      button_props(label, help, type, icon, disabled, use_container_width, width), widget_id)
        return bool(clicked)
