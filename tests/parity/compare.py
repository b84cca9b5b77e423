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
import re
from dataclasses import dataclass
from typing import Any

from common import unsupported_name


@dataclass(frozen=True)
class Mismatch:
    reason: str
    detail: str
    step: int  # 0 = the first run, n = after the n-th step


def compare(st_snaps: list[dict[str, Any]], w_snaps: list[dict[str, Any]]) -> Mismatch | None:
    """The first difference a user would see; failing that, the first only an AppTest user would
    see (``SOFT`` reasons: they do not stop the comparison of the later steps)."""
    soft: Mismatch | None = None
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
            if not is_soft(reason):
                return Mismatch(reason, detail, i)
            soft = soft or Mismatch(reason, detail, i)
    if len(w_snaps) > len(st_snaps):
        return Mismatch("harness:extra", "wasmlit produced more snapshots", len(st_snaps))
    return soft


def is_soft(reason: str) -> bool:
    return reason == "shape:empty-slot" or (reason.startswith("apptest:") and reason.endswith(".value"))


def _side_error_reason(err: dict[str, Any]) -> str:
    if err["error"] == "step" and err.get("exc") == "AttributeError" and err.get("attribute"):
        return f"apptest:{err['attribute']}"
    if err["error"] == "step" and err.get("exc") == "IndexError":
        # at.sidebar.button[0] found nothing: wasmlit's list of that kind is shorter (e.g. at.button
        # leaves out form submit buttons, which Streamlit's includes)
        accessor = re.findall(r"\.([a-z_]+)\[", err.get("step", ""))
        return f"apptest:{accessor[-1] if accessor else 'element'}[] shorter"
    if err["error"] == "step" and err.get("exc") == "AssertionError":
        accessor = re.findall(r"at\.(?:main\.|sidebar\.)?([a-z_]+)", err.get("step", ""))
        return f"apptest:{accessor[0] if accessor else 'assert'} reads differently"
    if err["error"] == "step":
        return f"apptest:{err.get('exc')}"
    if "timed out" in err.get("message", ""):
        return "harness:timeout"
    return f"harness:{err.get('exc')}"


def _err_text(err: dict[str, Any]) -> str:
    where = f" in step {err['step']!r}" if err.get("step") else ""
    return f"{err.get('exc')}: {err.get('message')}{where}"


def compare_pages(st_page: dict[str, Any], w_page: dict[str, Any]) -> tuple[str, str] | None:
    """The first difference a user would see, then the ones only an AppTest user would see."""
    st_all, w_all = list(_flatten(st_page)), list(_flatten(w_page))
    st_exc = [f.node for f in st_all if f.node["t"] == "exception"]
    w_exc = [f.node for f in w_all if f.node["t"] == "exception"]
    for exc in w_exc:
        name = unsupported_name(exc.get("v", ""))
        if name and exc not in st_exc:
            return f"unsupported:{name}", exc["v"][:160]
    if [(e["exc"], _ws(e["v"])) for e in st_exc] != [(e["exc"], _ws(e["v"])) for e in w_exc]:
        return _exception_reason(st_exc, w_exc)
    # An empty slot is invisible on the page (e.g. a finished spinner's placeholder): compared last.
    st_nodes = [f for f in st_all if f.node["t"] != "empty"]
    w_nodes = [f for f in w_all if f.node["t"] != "empty"]
    found = _first_shape_difference(st_nodes, w_nodes) or _first_value_difference(st_nodes, w_nodes)
    if found is not None:
        return found
    for key in ("toasts", "effects"):
        if st_page.get(key, []) != w_page.get(key, []):
            return f"value:{key}", f"streamlit {st_page.get(key)} != wasmlit {w_page.get(key)}"
    return _first_shape_difference(st_all, w_all, "empty-slot") or _accessor_difference(st_nodes, w_nodes)


@dataclass(frozen=True)
class _Flat:
    path: str
    depth: int
    node: dict[str, Any]
    in_form: bool


def _flatten(page: dict[str, Any]) -> Any:
    """Every node in page order, with its path (root/index/...), depth and whether a form holds it."""
    def walk(nodes: list[dict[str, Any]], prefix: str, depth: int, in_form: bool) -> Any:
        for i, n in enumerate(nodes):
            path = f"{prefix}/{i}"
            yield _Flat(path, depth, n, in_form)
            yield from walk(n.get("children", []), path, depth + 1, in_form or n["t"] == "b:form")

    yield from walk(page.get("main", []), "main", 0, False)
    yield from walk(page.get("sidebar", []), "sidebar", 0, False)


def _exception_reason(st_exc: list[dict[str, Any]], w_exc: list[dict[str, Any]]) -> tuple[str, str]:
    for i in range(max(len(st_exc), len(w_exc))):
        s = st_exc[i] if i < len(st_exc) else None
        w = w_exc[i] if i < len(w_exc) else None
        if s is not None and w is not None and (s["exc"], _ws(s["v"])) == (w["exc"], _ws(w["v"])):
            continue
        if w is None:
            return f"missing-exception:{s['exc']}", f"streamlit raised {s['exc']}: {s['v'][:160]}"
        if s is None and not st_exc and w["exc"] in ("SyntaxError", "IndentationError"):
            # the page shows a script that does not compile; real AppTest's tree stays empty
            return "apptest:compile-error", f"wasmlit shows {w['exc']}: {w['v'][:160]}"
        if s is None:
            return f"exception:{w['exc']}", f"wasmlit raised {w['exc']}: {w['v'][:160]}"
        what = "message" if s["exc"] == w["exc"] else f"type {w['exc']}"
        return (f"exception-{'message' if what == 'message' else 'type'}:{s['exc']}",
                f"wasmlit {w['exc']}: {w['v'][:160]!r} / streamlit {s['exc']}: {s['v'][:160]!r}")
    raise AssertionError("exception lists differ but no difference found")


def _first_shape_difference(st_nodes: list[_Flat], w_nodes: list[_Flat],
                            label: str | None = None) -> tuple[str, str] | None:
    st_sig = [(f.depth, f.node["t"]) for f in st_nodes]
    w_sig = [(f.depth, f.node["t"]) for f in w_nodes]
    for i in range(max(len(st_sig), len(w_sig))):
        if i < len(st_sig) and i < len(w_sig) and st_sig[i] == w_sig[i]:
            continue
        if i < len(w_sig) and st_sig[i:] == w_sig[i + 1:]:
            t = w_sig[i][1]
            return f"shape:{label or 'extra-' + t}", f"{w_nodes[i].path}: wasmlit has an extra {t}"
        if i < len(st_sig) and st_sig[i + 1:] == w_sig[i:]:
            t = st_sig[i][1]
            return f"shape:{label or 'missing-' + t}", f"{st_nodes[i].path}: wasmlit lacks streamlit's {t}"
        got = f"wasmlit {w_sig[i][1]} at {w_nodes[i].path}" if i < len(w_sig) else "nothing in wasmlit"
        s = st_nodes[i] if i < len(st_nodes) else None
        where = f"{s.path}: streamlit {s.node['t']}" if s else "streamlit has nothing"
        return f"shape:{label or (s.node['t'] if s else 'extra-' + w_sig[i][1])}", f"{where}, {got}"
    return None


def _pending_only(f: _Flat) -> bool:
    """A widget whose .value the two AppTests read differently without the page differing: a
    trigger button after the run it fired, and a widget in a form with an unsubmitted change."""
    return f.node["t"] in _TRIGGERS or (f.in_form and "label" in f.node)


def _first_value_difference(st_nodes: list[_Flat], w_nodes: list[_Flat]) -> tuple[str, str] | None:
    for s, w in zip(st_nodes, w_nodes):
        if s.node["t"] == "exception":
            continue  # compared above, whitespace-insensitively
        a, b = _strip(s.node), _strip(w.node)
        if _pending_only(s):
            a.pop("v", None)
            b.pop("v", None)
        if a == b:
            continue
        if "v" in a and "v" not in b and {k: v for k, v in a.items() if k != "v"} == b:
            return f"apptest:{s.node['t']}.value", f"{s.path}: streamlit {_short(s.node)}, wasmlit has no value"
        return f"value:{s.node['t']}", f"{s.path}: streamlit {_short(s.node)} != wasmlit {_short(w.node)}"
    return None


def _accessor_difference(st_nodes: list[_Flat], w_nodes: list[_Flat]) -> tuple[str, str] | None:
    for s, w in zip(st_nodes, w_nodes):
        if s.node["t"] != "exception" and s.node.get("v") != w.node.get("v"):
            what = "form-widget" if s.in_form and s.node["t"] not in _TRIGGERS else s.node["t"]
            return f"apptest:{what}.value", f"{s.path}: streamlit {_short(s.node)} != wasmlit {_short(w.node)}"
    return None


_TRIGGERS = {"button", "download_button"}


def _ws(text: str) -> str:
    """Exception messages are compared with runs of whitespace collapsed (the page renders them
    as markdown, where line breaks inside a paragraph and indentation do not show)."""
    return " ".join(text.split())


def _strip(n: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in n.items() if k != "children"}


def _short(n: dict[str, Any]) -> str:
    return json.dumps(_strip(n), sort_keys=True, default=str)[:200]
