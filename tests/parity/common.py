"""What both sides of the parity harness share: the normalised node form and value canonicalisation.

This module is imported by the Streamlit side (``.venv-streamlit``) as well as the wasmlit
side, so it uses the standard library only (pandas is duck-typed) and never imports either
runtime.

A normalised page is ``{"main": [node...], "sidebar": [node...], "toasts": [str...]}``;
a node is ``{"t": type}`` plus, where they apply, ``"label"``, ``"v"`` (the user-visible
value) and ``"children"`` (for blocks). Everything is JSON-ready.
"""

from __future__ import annotations

import datetime as dt
import decimal
import math
import re
from typing import Any

# Block types with the same meaning but different names on the two sides.
BLOCK_NAMES = {
    "flex_container": "container", "vertical": "container", "horizontal": "container",
    "tab_container": "tabs", "column": "column", "tab": "tab", "expander": "expander",
    "form": "form", "popover": "popover", "chat_message": "chat_message", "status": "status",
    "dialog": "dialog",
}
# Element types renamed between the two AppTests (wasmlit names -> Streamlit names).
ELEMENT_NAMES = {
    "form_submit_button": "button",
    "help_info": "help",
    "button_group": "button_group",
    "pills": "button_group",
    "segmented_control": "button_group",
    "datetime_input": "date_time_input",
}
# One-shot page effects: Streamlit's tree holds them as elements, wasmlit's AppTest as run effects.
EFFECTS = {"balloons", "snow"}
# Elements whose value we do not compare (charts: the spec is an implementation detail here).
TYPE_ONLY = {"vega_lite_chart", "arrow_vega_lite_chart", "plotly_chart", "deck_gl_json_chart",
             "graphviz_chart", "bokeh_chart", "pyplot", "iframe", "empty"}

_MAX_ROWS = 30
_ADDR = re.compile(r" at 0x[0-9a-fA-F]+")


def canon(value: Any, depth: int = 0) -> Any:
    """A JSON-ready, side-independent form of a Python value a user could see."""
    if depth > 6:
        return "<deep>"
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return value if math.isfinite(value) else repr(value)
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, (dt.datetime, dt.date, dt.time, dt.timedelta)):
        return {"__dt": type(value).__name__, "v": str(value)}
    if isinstance(value, dict):
        return {str(k): canon(v, depth + 1) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value, key=repr) if isinstance(value, (set, frozenset)) else value
        return [canon(v, depth + 1) for v in items]
    if _looks_like_frame(value):
        return frame(value)
    if hasattr(value, "item") and callable(value.item):  # numpy scalar
        try:
            return canon(value.item(), depth + 1)
        except Exception:  # noqa: BLE001 - fall back to text
            pass
    return {"__repr": type(value).__name__, "v": _ADDR.sub("", str(value))[:200]}


def _looks_like_frame(value: Any) -> bool:
    return hasattr(value, "columns") and hasattr(value, "shape") and hasattr(value, "iloc")


def frame(df: Any) -> dict[str, Any]:
    """A DataFrame as its shape, column names, index and the first rows' cells as text."""
    head = df.iloc[:_MAX_ROWS]
    rows = [[_cell(c) for c in row] for row in head.itertuples(index=False, name=None)]
    return {"__df": [int(n) for n in df.shape], "columns": [str(c) for c in df.columns],
            "index": [str(i) for i in head.index], "rows": rows}


def _cell(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "<NA>"
    text = str(value)
    return "<NA>" if text in ("nan", "NaN", "NaT", "<NA>", "None") else text


def node(t: str, **fields: Any) -> dict[str, Any]:
    """A normalised node; fields that are None are left out so both sides stay comparable."""
    out: dict[str, Any] = {"t": t}
    out.update({k: v for k, v in fields.items() if v is not None})
    return out


def exception_node(type_name: str | None, message: str | None) -> dict[str, Any]:
    """Streamlit's proto names non-builtin types in full (``streamlit.errors.StreamlitAPIException``);
    the page shows the class, so both sides keep only the last component."""
    return node("exception", exc=(type_name or "").rsplit(".", 1)[-1], v=message or "")


def image_value(captions: list[Any]) -> dict[str, Any]:
    """Images as how many and their captions (URLs are side-specific media ids)."""
    return {"n": len(captions), "captions": [c or "" for c in captions]}


# `st.x` is not supported yet by wasmlit. ...
UNSUPPORTED = re.compile(r"`(st\.[A-Za-z0-9_.]+)` is not supported yet")


def unsupported_name(message: str) -> str | None:
    match = UNSUPPORTED.search(message or "")
    return match.group(1) if match else None


STEP = re.compile(r"^#\s*step:\s*(.+?)\s*$", re.MULTILINE)
REQUIRES = re.compile(r"^#\s*requires:\s*(.+?)\s*$", re.MULTILINE)


def steps_of(source: str) -> list[str]:
    """The app's scripted interactions: ``# step: at.button[0].click()`` lines, in order.

    An ``assert`` step checks what an AppTest accessor reads (it fails where the real one passes).
    Each step is one or more statements on ``at`` (the AppTest, ``;`` between them); the harness runs it on both
    sides and then calls ``at.run()``."""
    steps = STEP.findall(source)
    for step in steps:
        if not step.startswith(("at.", "assert ")):
            raise ValueError(f"a step must start with 'at.' or 'assert ': {step!r}")
    return steps


def requires_of(source: str) -> list[str]:
    """Importable modules an app needs besides the runtime (``# requires: plotly, matplotlib``)."""
    names: list[str] = []
    for line in REQUIRES.findall(source):
        names.extend(n.strip() for n in line.split(",") if n.strip())
    return names
