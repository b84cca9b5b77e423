"""Compare one app's snapshots from both sides and name the first difference's reason.

Reasons are short and groupable (the summary table counts apps per reason):
``unsupported:st.x`` (wasmlit raised its not-supported error), ``apptest:<name>`` (wasmlit's
AppTest lacks an accessor the step used), ``exception:<Type>`` / ``missing-exception:<Type>``,
``shape:<type>`` (the trees differ in element types or nesting; names Streamlit's node at the
first difference), ``value:<type>`` (same tree, different visible value or label),
``harness:<kind>`` (a run timed out or a step failed on wasmlit only) and ``corpus:<kind>``
(the app or its step fails under real Streamlit: the corpus needs fixing, not wasmlit).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from common import unsupported_name


@dataclass(frozen=True)
class Mismatch:
    reason: str
    detail: str
    step: int  # 0 = the first run, n = after the n-th step


def compare(st_snaps: list[dict[str, Any]], w_snaps: list[dict[str, Any]]) -> Mismatch | None:
    for i, st_page in enumerate(st_snaps):
        if "error" in st_page:
            return Mismatch(f"corpus:{st_page['error']}", _err_text(st_page), i)
        if i >= len(w_snaps):
            return Mismatch("harness:missing", "wasmlit produced fewer snapshots", i)
        w_page = w_snaps[i]
        if "error" in w_page:
            return Mismatch(_side_error_reason(w_page), _err_text(w_page), i)
        found = compare_pages(st_page, w_page)
        if found is not None:
            reason, detail = found
            return Mismatch(reason, detail, i)
    if len(w_snaps) > len(st_snaps):
        return Mismatch("harness:extra", "wasmlit produced more snapshots", len(st_snaps))
    return None


def _side_error_reason(err: dict[str, Any]) -> str:
    if err["error"] == "step" and err.get("exc") == "AttributeError" and err.get("attribute"):
        return f"apptest:{err['attribute']}"
    if err["error"] == "step":
        return f"apptest:{err.get('exc')}"
    if "timed out" in err.get("message", ""):
        return "harness:timeout"
    return f"harness:{err.get('exc')}"


def _err_text(err: dict[str, Any]) -> str:
    where = f" in step {err['step']!r}" if err.get("step") else ""
    return f"{err.get('exc')}: {err.get('message')}{where}"


def compare_pages(st_page: dict[str, Any], w_page: dict[str, Any]) -> tuple[str, str] | None:
    st_nodes = list(_flatten(st_page))
    w_nodes = list(_flatten(w_page))
    st_exc = [n for _, n in st_nodes if n["t"] == "exception"]
    w_exc = [n for _, n in w_nodes if n["t"] == "exception"]
    for exc in w_exc:
        name = unsupported_name(exc.get("v", ""))
        if name and exc not in st_exc:
            return f"unsupported:{name}", exc["v"][:160]
    if [(e["exc"], e["v"]) for e in st_exc] != [(e["exc"], e["v"]) for e in w_exc]:
        return _exception_reason(st_exc, w_exc)
    shape = _first_shape_difference(st_nodes, w_nodes)
    if shape is not None:
        return shape
    pairs = list(zip(st_nodes, w_nodes))
    for (path, st_n), (_, w_n) in pairs:
        if _strip(st_n, keep_trigger=False) != _strip(w_n, keep_trigger=False):
            return f"value:{st_n['t']}", f"{path}: streamlit {_short(st_n)} != wasmlit {_short(w_n)}"
    if st_page.get("toasts") != w_page.get("toasts"):
        return "value:toast", f"streamlit {st_page.get('toasts')} != wasmlit {w_page.get('toasts')}"
    # A trigger button's .value after the run it fired differs only in the AppTest accessor (the
    # page shows the same); it is reported last so it never hides a real difference.
    for (path, st_n), (_, w_n) in pairs:
        if st_n.get("v") != w_n.get("v"):
            return f"apptest:{st_n['t']}.value", f"{path}: streamlit {_short(st_n)} != wasmlit {_short(w_n)}"
    return None


def _exception_reason(st_exc: list[dict[str, Any]], w_exc: list[dict[str, Any]]) -> tuple[str, str]:
    for i in range(max(len(st_exc), len(w_exc))):
        s = st_exc[i] if i < len(st_exc) else None
        w = w_exc[i] if i < len(w_exc) else None
        if s is not None and w is not None and (s["exc"], s["v"]) == (w["exc"], w["v"]):
            continue
        if w is None:
            return f"missing-exception:{s['exc']}", f"streamlit raised {s['exc']}: {s['v'][:120]}"
        detail = f"wasmlit raised {w['exc']}: {w['v'][:120]}"
        if s is not None:
            detail += f" / streamlit {s['exc']}: {s['v'][:120]}"
        return f"exception:{w['exc']}", detail
    raise AssertionError("exception lists differ but no difference found")


def _flatten(page: dict[str, Any]) -> Any:
    """(path, node) pairs in page order; path is root/index/index..."""
    def walk(nodes: list[dict[str, Any]], prefix: str) -> Any:
        for i, n in enumerate(nodes):
            path = f"{prefix}/{i}"
            yield path, n
            yield from walk(n.get("children", []), path)

    yield from walk(page.get("main", []), "main")
    yield from walk(page.get("sidebar", []), "sidebar")


def _first_shape_difference(st_nodes: list[Any], w_nodes: list[Any]) -> tuple[str, str] | None:
    for i in range(max(len(st_nodes), len(w_nodes))):
        s = st_nodes[i] if i < len(st_nodes) else None
        w = w_nodes[i] if i < len(w_nodes) else None
        if s is not None and w is not None and (s[0], s[1]["t"]) == (w[0], w[1]["t"]):
            continue
        if s is None:
            return f"shape:extra-{w[1]['t']}", f"{w[0]}: wasmlit has an extra {w[1]['t']}"
        got = f"wasmlit {w[1]['t']} at {w[0]}" if w is not None else "nothing in wasmlit"
        return f"shape:{s[1]['t']}", f"{s[0]}: streamlit {s[1]['t']}, {got}"
    return None


_TRIGGERS = {"button", "download_button"}


def _strip(n: dict[str, Any], keep_trigger: bool = True) -> dict[str, Any]:
    drop = {"children"} if keep_trigger or n["t"] not in _TRIGGERS else {"children", "v"}
    return {k: v for k, v in n.items() if k not in drop}


def _short(n: dict[str, Any]) -> str:
    return json.dumps(_strip(n), sort_keys=True, default=str)[:200]
