"""AppTest reading of ``st.divider`` and of ``st.help``'s summary (``.value``), as Streamlit 1.67's."""

from __future__ import annotations

import re
from typing import Any

from wasmlit.testing.elements import Element

# Types whose st.help value is a signature (``module.name(params)``), not a readable repr.
_SIGNATURE_TYPES = {"class", "type", "function", "builtin_function_or_method", "method", "method-wrapper",
                    "method_descriptor", "wrapper_descriptor", "cython_function_or_method"}
_SIGNATURE = re.compile(r"^[A-Za-z_][\w.]*\(.*\)( -> .+)?$", re.S)


class Divider(Element):
    """``st.divider``: Streamlit sends it as the markdown ``---``, which its AppTest reads back."""

    @property
    def value(self) -> str:
        return "---"


def help_summary(props: dict[str, Any]) -> str:
    """st.help's ``.value``: the name when what is shown is a signature (a function, a class) or
    nothing, else the shown value (``st.help(x)`` with ``x = 5`` reads ``'5'``)."""
    raw, name = props.get("value") or "", props.get("name") or ""
    if name and (not raw or _is_signature(raw, props.get("type"))):
        return name
    return raw


def _is_signature(raw: str, object_type: Any) -> bool:
    if raw.startswith(("'", '"')) or not _SIGNATURE.match(raw):
        return False
    return "." in raw.split("(", 1)[0] or object_type in _SIGNATURE_TYPES
