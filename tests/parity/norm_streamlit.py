"""Normalise a real ``streamlit.testing.v1.AppTest`` page into the harness's common form.

Runs inside ``.venv-streamlit`` (real Streamlit 1.67); it imports nothing from wasmlit.
Streamlit's element tree is protobuf-backed: blocks keep their sub-message in ``proto``,
unknown elements (charts AppTest has no class for) come back as ``UnknownElement``.
"""

from __future__ import annotations

from typing import Any

from common import BLOCK_NAMES, EFFECTS, ELEMENT_NAMES, TYPE_ONLY, canon, exception_node, frame, image_value, node


def normalise(at: Any) -> dict[str, Any]:
    toasts = [str(t.value) for t in getattr(at, "toast", [])]
    effects: list[str] = []
    page = {"main": _children(at.main, effects), "sidebar": _children(at.sidebar, effects)}
    return {**page, "toasts": toasts, "effects": sorted(set(effects))}


def _children(block: Any, effects: list[str] | None = None) -> list[dict[str, Any]]:
    out = []
    for _i, child in sorted(block.children.items()):
        if getattr(child, "type", None) in EFFECTS and not isinstance(getattr(child, "children", None), dict):
            if effects is not None:
                effects.append(child.type)
            continue
        out.append(normalise_node(child, effects))
    return out


def normalise_node(n: Any, effects: list[str] | None = None) -> dict[str, Any]:
    if hasattr(n, "children") and isinstance(n.children, dict):
        return _block(n, effects)
    return _element(n)


def _block(b: Any, effects: list[str] | None) -> dict[str, Any]:
    kind = BLOCK_NAMES.get(b.type, b.type)
    proto = b.proto
    label = None
    if b.type == "flex_container" and proto is not None and proto.flex_container.direction == 2:
        kind = "row"
    if b.type in ("tab", "expander", "status"):
        label = getattr(b, "label", None)
    elif b.type == "chat_message":
        label = getattr(b, "name", None)
    elif b.type == "popover" and proto is not None:
        label = proto.popover.label
    elif b.type == "dialog" and proto is not None:
        label = proto.dialog.title
    return node("b:" + kind, label=label, children=_children(b, effects))


def _element(e: Any) -> dict[str, Any]:
    t = e.type
    if t == "exception":
        return exception_node(getattr(e.proto, "type", ""), e.message)
    t = ELEMENT_NAMES.get(t, t)
    if type(e).__name__ == "UnknownElement" or t in TYPE_ONLY:
        return node(t)
    label = _label(e)
    if t == "image":
        return node(t, v=image_value([img.caption for img in e.proto.imgs]))
    if t == "dataframe":
        return node(t, v=_frame_value(e))
    try:
        value = e.value
    except Exception as exc:  # noqa: BLE001 - an accessor that fails is itself a finding
        value = f"<value raised {type(exc).__name__}>"
    return node(t, label=label, v=canon(value))


def _label(e: Any) -> Any:
    try:
        label = e.label
    except Exception:  # noqa: BLE001 - not every element has a label
        return None
    return label if isinstance(label, str) else None


def _frame_value(e: Any) -> Any:
    try:
        return frame(e.value)
    except Exception as exc:  # noqa: BLE001
        return f"<value raised {type(exc).__name__}>"
