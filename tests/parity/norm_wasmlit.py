"""Normalise a ``wasmlit.testing.AppTest`` page into the harness's common form.

Runs in the project venv. wasmlit's tree is plain dicts (``Node.proto`` is the node the page
receives); its AppTest type names mostly match Streamlit's, and the few that do not are
mapped in ``common`` (e.g. ``form_submit_button`` is a ``button`` in Streamlit's tree).
"""

from __future__ import annotations

from typing import Any

from common import BLOCK_NAMES, EFFECTS, ELEMENT_NAMES, TYPE_ONLY, canon, exception_node, frame, image_value, node

# wasmlit element types that Streamlit's AppTest files under another name.
_WASMLIT_NAMES = {"data_editor": "dataframe", "table": "table"}
_NO_LABEL = {"markdown", "caption", "divider", "latex"}


def normalise(at: Any) -> dict[str, Any]:
    toasts = [str(t.value) for t in getattr(at, "toast", [])]
    effects = [e.get("effect") for e in at.tree.run_effects if e.get("effect") in EFFECTS]
    return {"main": _children(at.main), "sidebar": _children(at.sidebar), "toasts": toasts,
            "effects": sorted(set(effects))}


def _children(block: Any) -> list[dict[str, Any]]:
    return [normalise_node(child) for child in block.children]


def normalise_node(n: Any) -> dict[str, Any]:
    slot = n._slot
    if slot.kind == "block":
        return _block(n, slot)
    return _element(n, slot)


def _block(b: Any, slot: Any) -> dict[str, Any]:
    kind = "row" if slot.type == "horizontal" else BLOCK_NAMES.get(b.type, b.type)
    props = slot.props
    label = None
    if kind in ("tab", "expander", "status", "popover"):
        label = props.get("label")
    elif kind == "chat_message":
        label = props.get("name", props.get("label"))
    elif kind == "dialog":
        label = props.get("title", props.get("label"))
    return node("b:" + kind, label=label, children=_children(b))


def _element(e: Any, slot: Any) -> dict[str, Any]:
    t = e.type
    if t == "exception":
        return exception_node(slot.props.get("type_name"), slot.props.get("message"))
    t = _WASMLIT_NAMES.get(t, ELEMENT_NAMES.get(t, t))
    if t in TYPE_ONLY:
        return node(t)
    if t == "image":
        return node(t, v=image_value([img.get("caption") for img in slot.props.get("images", [])]))
    if t == "dataframe":
        try:
            return node(t, v=frame(e.value))
        except Exception as exc:  # noqa: BLE001 - an accessor that fails is itself a finding
            return node(t, v=f"<value raised {type(exc).__name__}>")
    # Streamlit's markdown-backed elements (st.badge is one) have no label accessor
    label = None if t in _NO_LABEL else slot.props.get("label")
    try:
        value = e.value
    except Exception as exc:  # noqa: BLE001
        value = f"<value raised {type(exc).__name__}>"
    return node(t, label=label if isinstance(label, str) else None, v=canon(value))
