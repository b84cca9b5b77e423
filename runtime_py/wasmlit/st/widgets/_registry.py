"""Widget identity and registration, shared by every widget.

A widget's id is what ties a page update to a widget across reruns. As in
Streamlit 1.67: a keyed widget's id is its kind + key + a few parameters that
change what values are valid (e.g. a slider's range); an unkeyed widget's id
hashes every identity parameter, so two identical unkeyed widgets collide
(``StreamlitDuplicateElementId``).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable

from wasmlit._engine import context as ctx_mod
from wasmlit._state.session_state import WidgetMeta
from wasmlit.errors import (
    StreamlitAPIException,
    StreamlitDuplicateElementId,
    StreamlitDuplicateElementKey,
    StreamlitInvalidFormCallbackError,
    StreamlitValueError,
)

if TYPE_CHECKING:
    from wasmlit.st.delta_generator import DeltaGenerator

LABEL_VISIBILITIES = ("visible", "hidden", "collapsed")


@dataclass
class WidgetSpec:
    kind: str  # the element type, e.g. "slider"
    label: str
    key: str | int | None
    default: Any  # the Python value before any interaction
    identity: dict[str, Any]  # every parameter that makes an unkeyed widget distinct
    keyed_identity: dict[str, Any] = field(default_factory=dict)  # the few that also matter with a key
    deserialize: Callable[[Any], Any] = lambda wire: wire  # page wire value → Python value
    serialize: Callable[[Any], Any] = lambda value: value  # Python value → page wire value
    on_change: Callable[..., Any] | None = None
    args: tuple[Any, ...] | list[Any] | None = None
    kwargs: dict[str, Any] | None = None
    disabled: bool = False
    is_trigger: bool = False
    readonly_key: bool = False
    label_visibility: str = "visible"
    trigger_reset: Any = False  # a trigger's value between runs (st.chat_input: None)


def compute_widget_id(kind: str, key: str | None, identity: dict[str, Any], form_id: str | None) -> str:
    material = repr((kind, key, sorted(identity.items()), form_id))
    digest = hashlib.md5(material.encode("utf-8"), usedforsecurity=False).hexdigest()
    return f"$$ID-{digest}-{key}"


def register(dg: "DeltaGenerator", spec: WidgetSpec) -> tuple[Any, str]:
    """Register a widget for this run; returns (its current Python value, its widget id)."""
    if spec.label_visibility not in LABEL_VISIBILITIES:
        raise StreamlitValueError("label_visibility", "'visible', 'hidden', 'collapsed'")
    if spec.on_change is not None and not callable(spec.on_change):
        raise StreamlitAPIException(f"`on_change` must be callable, got {spec.on_change!r}.")
    run = ctx_mod.get_run_context()
    key = None if spec.key is None else str(spec.key)
    form_id = dg._active_form_id
    if form_id is not None and spec.on_change is not None and spec.kind != "form_submit_button":
        raise StreamlitInvalidFormCallbackError()
    identity = spec.keyed_identity if key is not None else {"label": spec.label, **spec.identity}
    widget_id = compute_widget_id(spec.kind, key, identity, form_id)
    if key is not None and key in run.widget_keys:
        raise StreamlitDuplicateElementKey(key)
    if widget_id in run.widget_ids:
        raise StreamlitDuplicateElementId(spec.kind)
    run.widget_ids.add(widget_id)
    if key is not None:
        run.widget_keys.add(key)
    meta = WidgetMeta(
        id=widget_id, kind=spec.kind, key=key, deserialize=spec.deserialize,
        on_change=spec.on_change, args=tuple(spec.args or ()), kwargs=dict(spec.kwargs or {}),
        is_trigger=spec.is_trigger, disabled=spec.disabled, serialize=spec.serialize, form_id=form_id,
        trigger_reset=spec.trigger_reset,
        fragment_id=run.fragment_stack[-1].id if run.fragment_stack else None,
    )
    value = run.session.state.register_widget(meta, spec.default, readonly_key=spec.readonly_key)
    if form_id is not None and not spec.is_trigger:
        _note_form_widget(run, form_id, widget_id, spec)
    return value, widget_id


def _note_form_widget(run: ctx_mod.RunContext, form_id: str, widget_id: str, spec: WidgetSpec) -> None:
    """Remember a form widget's default, for ``clear_on_submit`` (see ``st.widgets.form``)."""
    form = run.forms.get(form_id)
    if form is None:
        return
    form["defaults"][widget_id] = spec.default
    if form["clear_on_submit"] and form_id in run.submitted_forms:
        # The script sees the submitted value; the page already shows the cleared one.
        run.cleared_wire[widget_id] = spec.serialize(spec.default)


def common_props(label: str, help: str | None, disabled: bool, label_visibility: str) -> dict[str, Any]:
    return {"label": label, "help": help, "disabled": bool(disabled), "label_visibility": label_visibility}


def replace_value(widget_id: str, value: Any) -> Any:
    """The widget's stored value is no longer valid for this run (e.g. not among the options):
    store ``value`` instead and return it."""
    ctx_mod.get_run_context().session.state.set_widget_value(widget_id, value)
    return value
