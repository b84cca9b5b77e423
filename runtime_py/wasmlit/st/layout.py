"""Layout blocks: container, columns, expander, empty, tabs, popover.

Expanders, popovers and tabs track their state like widgets when ``on_change`` is
"rerun" or a callback (Streamlit 1.67): the page sends the user's open/close or tab
choice to the block's ``id``, and ``.open`` on the returned container reads it.
"""

from __future__ import annotations

from numbers import Integral
from typing import TYPE_CHECKING, Any, Callable, Sequence

from wasmlit.errors import (
    StreamlitAPIException,
    StreamlitDuplicateElementKey,
    StreamlitInvalidColumnSpecError,
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
)
from wasmlit.st import _layout_args as args_mod
from wasmlit.st.widgets._registry import WidgetSpec, register, replace_value

if TYPE_CHECKING:
    from wasmlit.st.delta_generator import DeltaGenerator

GAPS = ("small", "medium", "large")
ALIGNMENTS = ("top", "center", "bottom")


class LayoutMixin:
    def container(self: "DeltaGenerator", *, border: bool | None = None, key: str | None = None,
                  width: Any = "stretch", height: Any = "content", horizontal: bool = False, wrap: bool = True,
                  horizontal_alignment: str = "left", vertical_alignment: str = "top", gap: Any = "small",
                  autoscroll: bool | None = None) -> "DeltaGenerator":
        props = container_props(border=border, width=width, height=height, horizontal=horizontal, wrap=wrap,
                                horizontal_alignment=horizontal_alignment, vertical_alignment=vertical_alignment,
                                gap=gap)
        # A horizontal container is a row, as st.columns makes (Streamlit: one flex container kind).
        return self._block("horizontal" if horizontal else "vertical", props)

    def columns(self: "DeltaGenerator", spec: int | Sequence[float], *, gap: str | None = "small",
                vertical_alignment: str = "top", border: bool = False,
                width: Any = None, wrap: bool = True) -> list["DeltaGenerator"]:
        weights = _column_weights(spec)
        if gap is None:
            gap = "small"
        if gap not in GAPS:
            raise StreamlitAPIException(f'The gap argument to st.columns must be "small", "medium", or "large". \n'
                                        f"The argument passed was {gap}.")
        if vertical_alignment not in ALIGNMENTS:
            raise StreamlitValueError("vertical_alignment", "'top', 'center', 'bottom'")
        row = self._block("horizontal", {"gap": gap, "vertical_alignment": vertical_alignment})
        total = sum(weights)
        return [row._block("column", {"weight": w / total, "border": bool(border)}) for w in weights]

    def expander(self: "DeltaGenerator", label: str, expanded: bool = False, *, key: Any = None,
                 icon: str | None = None, type: str = "default", width: Any = "stretch",
                 on_change: Any = "ignore", args: Any = None, kwargs: Any = None, bind: Any = None) -> Any:
        if label is None:
            raise StreamlitMissingRequiredParameterError("The `label` parameter is required.")
        callback = args_mod.on_change_mode(on_change)
        if type not in EXPANDER_TYPES:
            raise StreamlitValueError("type", [repr(t) for t in EXPANDER_TYPES])
        _check_bind(bind)
        args_mod.width(width, allow_content=False)
        props = {"label": str(label), "expanded": bool(expanded), "icon": icon, "type": type,
                 "width": width, "id": None}
        is_open = stateful_value(self, "expander", label, key, on_change, callback, args, kwargs,
                                 default=bool(expanded), props=props,
                                 identity={"expanded": bool(expanded), "icon": icon, "width": width, "type": type})
        if is_open is not None:
            props["expanded"] = is_open
        from wasmlit.st.containers import ExpanderContainer

        return ExpanderContainer.wrap(self._block("expander", props), is_open)

    def empty(self: "DeltaGenerator") -> "DeltaGenerator":
        return self._enqueue("empty", {})

    def tabs(self: "DeltaGenerator", tabs: Sequence[str], *, width: Any = "stretch", height: Any = "content",
             default: Any = None, key: Any = None, on_change: Any = "ignore", args: Any = None,
             kwargs: Any = None, bind: Any = None) -> list[Any]:
        """Every tab's body runs on every run; the page shows the selected one (kept across reruns)."""
        labels = _tab_labels(tabs, default)
        callback = args_mod.on_change_mode(on_change)
        _check_bind(bind)
        args_mod.width(width, allow_content=False)
        args_mod.height(height)
        default_label = default if default else labels[0]
        props = {"default": labels.index(default_label), "width": width, "height": height, "id": None}
        active = stateful_value(self, "tabs", "", key, on_change, callback, args, kwargs, default=default_label,
                                props=props, identity={"tabs": tuple(labels), "width": width, "height": height,
                                                       "default": default},
                                deserialize=lambda wire: wire if wire is not None else default_label)
        if active is not None and active not in labels:
            active = replace_value(props["id"], default_label)
        if active is not None:
            props["default"] = labels.index(active)
        row = self._block("tab_container", props)
        from wasmlit.st.containers import TabContainer

        selected = props["default"]
        return [TabContainer.wrap(row._block("tab", {"label": label}),
                                  None if active is None else i == selected)
                for i, label in enumerate(labels)]

    def popover(self: "DeltaGenerator", label: str, *, type: str = "secondary", help: str | None = None,
                icon: str | None = None, disabled: bool = False, use_container_width: bool | None = None,
                width: Any = "content", wrap: bool | None = None, key: Any = None, on_change: Any = "ignore",
                args: Any = None, kwargs: Any = None) -> Any:
        """A button that opens a floating container; its body always runs."""
        if label is None:
            raise StreamlitMissingRequiredParameterError("The `label` parameter is required.")
        if use_container_width is not None:
            width = "stretch" if use_container_width else "content"
        if type not in ("primary", "secondary", "tertiary"):
            raise StreamlitValueError("type", ["'primary'", "'secondary'", "'tertiary'"])
        callback = args_mod.on_change_mode(on_change)
        args_mod.width(width)
        props = {"label": str(label), "help": help, "icon": icon, "disabled": bool(disabled),
                 "use_container_width": width == "stretch", "width": width, "kind": type, "open": False, "id": None}
        is_open = stateful_value(self, "popover", label, key, on_change, callback, args, kwargs, default=False,
                                 props=props, disabled=bool(disabled),
                                 identity={"type": type, "help": help, "icon": icon, "disabled": bool(disabled),
                                           "width": width},
                                 deserialize=lambda wire: bool(wire) if wire is not None else False)
        if is_open is not None:
            props["open"] = is_open
        from wasmlit.st.containers import PopoverContainer

        return PopoverContainer.wrap(self._block("popover", props), is_open)


EXPANDER_TYPES = ("default", "compact", "step")


def container_props(*, border: Any, width: Any, height: Any, horizontal: bool, wrap: bool,
                    horizontal_alignment: str, vertical_alignment: str, gap: Any) -> dict[str, Any]:
    """The props of a "vertical" block (st.container, st.form's body), checked as Streamlit does."""
    args_mod.width(width)
    args_mod.height(height)
    args_mod.alignment(horizontal_alignment, "horizontal_alignment", args_mod.HORIZONTAL_ALIGNMENTS)
    args_mod.alignment(vertical_alignment, "vertical_alignment", args_mod.VERTICAL_ALIGNMENTS)
    gap_value = args_mod.gap(gap)
    fixed_height = height if isinstance(height, int) else None
    return {"border": bool(border) if border is not None else fixed_height is not None,
            "height": fixed_height, "width": width, "stretch_height": height == "stretch",
            "horizontal": bool(horizontal), "wrap": bool(wrap),
            "horizontal_alignment": horizontal_alignment, "vertical_alignment": vertical_alignment,
            "gap": args_mod.gap_css(gap_value)}


def stateful_value(dg: "DeltaGenerator", kind: str, label: Any, key: Any, on_change: Any,
                   callback: Callable[..., Any] | None, args: Any, kwargs: Any, *, default: Any,
                   props: dict[str, Any], identity: dict[str, Any], disabled: bool = False,
                   deserialize: Callable[[Any], Any] | None = None) -> Any:
    """Register an expander/popover/tabs that tracks its state (``on_change`` not "ignore").

    Returns its current value, or None when it does not track state; sets ``props["id"]``
    (the page sends the user's changes to that id). An untracked keyed container still
    claims its key, so a duplicate key is an error as in Streamlit.
    """
    if on_change == "ignore":
        if key is not None:
            _claim_key(str(key))
        return None
    value, widget_id = register(dg, WidgetSpec(
        kind=kind, label=str(label), key=key, default=default, identity=identity,
        deserialize=deserialize or (lambda wire: bool(wire) if wire is not None else default),
        on_change=callback, args=args if callback else None, kwargs=kwargs if callback else None,
        disabled=disabled,
    ))
    props["id"] = widget_id
    return value


def _claim_key(key: str) -> None:
    from wasmlit._engine import context as ctx_mod

    run = ctx_mod.get_run_context()
    if key in run.widget_keys:
        raise StreamlitDuplicateElementKey(key)
    run.widget_keys.add(key)


def _check_bind(bind: Any) -> None:
    if bind is not None:
        if bind != "query-params":
            raise StreamlitValueError("bind", ["'query-params'", "None"])
        raise StreamlitAPIException("`bind=\"query-params\"` is not supported yet by wasmlit.")


def _tab_labels(tabs: Any, default: Any) -> list[str]:
    if not tabs:
        raise StreamlitMissingRequiredParameterError(
            "The `tabs` parameter is required. Provide at least one tab label.")
    labels = list(tabs)
    if default and default not in labels:
        raise StreamlitValueError("default", ["a tab label from `tabs`"],
                                  detail=f"`{default}` is not in the list of tabs.")
    for label in labels:
        if not isinstance(label, str):
            raise StreamlitInvalidParameterTypeError(
                f"Invalid `tabs` type. Expected one of: a string for each tab label. "
                f"Provided type: {type(label).__name__}.")
    return labels


def _column_weights(spec: int | Sequence[float]) -> list[float]:
    """An int n is n equal columns; else every weight must be a positive number (Streamlit 1.67's errors)."""
    weights = [1.0] * int(spec) if isinstance(spec, Integral) else spec
    try:
        invalid = len(weights) == 0 or any(w <= 0 for w in weights)
    except TypeError:
        raise StreamlitInvalidParameterTypeError(
            f"Invalid `spec` type. Expected one of: int, sequence of numbers. "
            f"Provided type: {type(spec).__name__}.") from None
    if invalid:
        raise StreamlitInvalidColumnSpecError()
    return [float(w) for w in weights]
