"""``@st.dialog``: a modal overlay whose body is a fragment (Streamlit 1.67).

Calling the decorated function puts a "dialog" block in ``Root.EVENT`` (outside the page
flow, so it does not shift the page's slots) and runs the function as a fragment inside it:
interactions in the dialog rerun only the dialog. ``st.rerun()`` inside closes it, because the
full run that follows does not call the function and the page removes the unwritten block.
With ``on_dismiss`` other than "ignore" the block carries a trigger widget id: dismissing the
dialog sends it (a full rerun, with the callback first when one is given).
"""

from __future__ import annotations

import functools
from typing import Any, Callable, TypeVar

from wasmlit import protocol
from wasmlit._engine import context as ctx_mod
from wasmlit.errors import (
    StreamlitInvalidLayoutContextError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
)
from wasmlit.st.fragment import make_fragment

F = TypeVar("F", bound=Callable[..., Any])
WIDTHS = ("small", "medium", "large")
POSITIONS = ("left", "center", "right")


def dialog(title: Any, *, width: Any = "small", position: str = "center", dismissible: bool = True,
           icon: str | None = None, on_dismiss: Any = "ignore") -> Any:
    """``@st.dialog("Title")``: the decorated function opens the dialog when called."""
    options = {"width": width, "position": position, "dismissible": dismissible, "icon": icon,
               "on_dismiss": on_dismiss}
    if isinstance(title, str):
        return lambda func: _decorate(func, title, options)
    return _decorate(title, "", options)  # @st.dialog without a title: refused below


def _decorate(func: F, title: str, options: dict[str, Any]) -> F:
    if not title:
        raise StreamlitMissingRequiredParameterError(
            'The `title` parameter is required. For example: `@st.dialog("Example Title")`.')
    body = make_fragment(func, hash_info=getattr(func, "__qualname__", ""))

    @functools.wraps(func)
    def wrap(*args: Any, **kwargs: Any) -> None:
        run = ctx_mod.maybe_run_context()
        if run is None:
            return None
        _check_not_nested(run)
        dialog_dg = _open(run, title, options)
        with dialog_dg:
            body(*args, **kwargs)
        return None

    return wrap  # type: ignore[return-value]


def _check_not_nested(run: ctx_mod.RunContext) -> None:
    if any(dg._block_path and dg._block_path[0] == protocol.Root.EVENT for dg in run.container_stack):
        raise StreamlitInvalidLayoutContextError("Dialogs may not be nested inside other dialogs.")


def _open(run: ctx_mod.RunContext, title: str, options: dict[str, Any]) -> Any:
    """Emit the dialog block (open) in the event root and return a DG that writes inside it."""
    from wasmlit.st.delta_generator import DeltaGenerator

    width = _width(options["width"])
    if options["position"] not in POSITIONS:
        raise StreamlitValueError("position", "'left', 'center', 'right'")
    on_dismiss = options["on_dismiss"]
    if not callable(on_dismiss) and on_dismiss not in ("ignore", "rerun"):
        raise StreamlitValueError("on_dismiss", "'rerun', 'ignore', a callback function")
    dismiss_id = None if on_dismiss == "ignore" else _register_dismiss(title, options)
    if run.dialog_opened:
        raise StreamlitInvalidLayoutContextError(
            "Only one dialog is allowed to be opened at the same time. Please make sure to not call a "
            "dialog-decorated function more than once in a script run.")
    run.dialog_opened = True
    if run.fragment_stack:  # opened by a fragment: that fragment's reruns may close it again
        run.fragment_stack[-1].opens_dialogs = True
    props = {"title": title, "width": width, "position": options["position"],
             "dismissible": bool(options["dismissible"]), "icon": options["icon"], "is_open": True,
             "dismiss_id": dismiss_id}
    path = run.allocate((protocol.Root.EVENT,))
    run.emit(path, ctx_mod.block("dialog", props))
    return DeltaGenerator(block=path)


def _width(width: Any) -> Any:
    if width in WIDTHS:
        return width
    if isinstance(width, int) and not isinstance(width, bool) and width > 0:
        return width
    raise StreamlitValueError("width", f"'small', 'medium', 'large', a positive integer. Got {width!r}")


def _register_dismiss(title: str, options: dict[str, Any]) -> str:
    """The dialog's dismiss trigger: a widget outside the dialog's fragment, so it reruns the app."""
    from wasmlit.st.delta_generator import main_dg
    from wasmlit.st.widgets._registry import WidgetSpec, register

    on_dismiss = options["on_dismiss"]
    spec = WidgetSpec(
        kind="dialog", label=title, key=None, default=False, is_trigger=True,
        identity={"dismissible": options["dismissible"], "width": options["width"],
                  "position": options["position"], "icon": options["icon"],
                  "on_dismiss": "callback" if callable(on_dismiss) else str(on_dismiss)},
        deserialize=bool, on_change=on_dismiss if callable(on_dismiss) else None,
    )
    _value, widget_id = register(main_dg, spec)
    return widget_id
