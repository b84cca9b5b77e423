"""What st.help shows about an object: name, type, signature or value, docstring, members.

The props mirror the fields of Streamlit's DocString element (``name``, ``module``,
``type``, ``value``, ``doc_string``, ``members``) so AppTest reads the same names.
"""

from __future__ import annotations

import ast
import inspect
import os
from typing import Any

_RUNTIME_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_MAX_VALUE = 1000


def describe(obj: Any) -> dict[str, Any]:
    var_name = _variable_name()
    name = getattr(obj, "__qualname__", None) or getattr(obj, "__name__", None)
    return {
        "name": var_name or (name if isinstance(name, str) else ""),
        "module": _public_module(getattr(obj, "__module__", None) if not inspect.ismodule(obj) else None),
        "type": _type_name(obj),
        "doc_string": _doc(obj),
        "value": _value(obj, var_name),
        "members": _members(obj),
    }


def _type_name(obj: Any) -> str:
    return "class" if inspect.isclass(obj) else type(obj).__name__


def _public_module(module: Any) -> str:
    """Our runtime's modules are shown under Streamlit's name (never wasmlit's internals)."""
    if not isinstance(module, str):
        return ""
    return "streamlit" if module == "wasmlit" or module.startswith("wasmlit.") else module


def _doc(obj: Any) -> str:
    doc = inspect.getdoc(obj)
    if doc is None and not (inspect.isclass(obj) or inspect.ismodule(obj) or inspect.isroutine(obj)):
        doc = inspect.getdoc(type(obj))  # an instance: its class's docstring
    return (doc or "").strip()


def _signature(obj: Any) -> str | None:
    if not callable(obj):
        return None
    try:
        return str(inspect.signature(obj))
    except (TypeError, ValueError):
        return None


def _value(obj: Any, var_name: str | None) -> str:
    if inspect.ismodule(obj):
        return ""
    if callable(obj):
        name = getattr(obj, "__qualname__", None) or getattr(obj, "__name__", "")
        module = _public_module(getattr(obj, "__module__", None))
        qualified = f"{module}.{name}" if module else str(name)
        return f"{qualified}{_signature(obj) or '(...)'}"
    text = repr(obj)
    if var_name == text:
        return ""  # st.help(42): the value is the name, said once
    return text if len(text) <= _MAX_VALUE else text[:_MAX_VALUE] + "..."


def _members(obj: Any) -> list[dict[str, str]]:
    out = []
    for name in dir(obj):
        if name.startswith("_"):
            continue
        try:
            member = getattr(obj, name)
        except Exception:  # a property that raises, say: Streamlit skips it too
            continue
        if inspect.ismodule(member) and inspect.ismodule(obj):
            continue
        doc = inspect.getdoc(member) if callable(member) or inspect.isclass(member) else None
        out.append({
            "name": name,
            "type": _type_name(member),
            "doc_string": (doc or "").split("\n", 1)[0],
            "value": "" if callable(member) else _short(repr(member)),
        })
    # Modules, classes and functions first, then the rest (Streamlit's order).
    out.sort(key=lambda m: (m["type"] not in ("module", "class", "function", "method", "builtin_function_or_method"),
                            m["name"]))
    return out


def _short(text: str) -> str:
    return text if len(text) <= 100 else text[:100] + "..."


def _variable_name() -> str | None:
    """The text of st.help's argument in the calling line (``st.help(df)`` → "df"), as Streamlit shows."""
    frame = inspect.currentframe()
    while frame is not None and os.path.abspath(frame.f_code.co_filename).startswith(_RUNTIME_DIR + os.sep):
        frame = frame.f_back
    if frame is None:
        return None
    try:
        lines, _ = inspect.findsource(frame)
        line = lines[frame.f_lineno - 1].strip()
    except (OSError, IndexError, TypeError):
        return None
    try:
        tree = ast.parse(line)
    except SyntaxError:
        return None
    call = tree.body[0].value if tree.body and isinstance(tree.body[0], ast.Expr) else None
    if not isinstance(call, ast.Call) or not call.args:
        return None
    arg = call.args[0]
    if isinstance(arg, ast.NamedExpr):
        return arg.target.id
    if isinstance(arg, ast.Constant):
        return None
    return ast.get_source_segment(line, arg)

