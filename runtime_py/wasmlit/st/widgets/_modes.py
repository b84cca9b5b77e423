"""``on_change`` / ``on_click`` as Streamlit 1.67 takes them: a callback, None, or a mode string.

``"rerun"`` (the default) and ``None`` mean: rerun, no callback. ``"ignore"`` is accepted
too; the page reruns all the same (it cannot hold a value back for a later run yet).
"""

from __future__ import annotations

from typing import Any, Callable

from wasmlit.errors import StreamlitValueError

MODES = ("rerun", "ignore")


def callback_of(value: Any, param: str = "on_change") -> Callable[..., Any] | None:
    """The callback to register for ``value`` (None for a mode); Streamlit's error otherwise."""
    if value is None or callable(value):
        return value
    if isinstance(value, str) and value in MODES:
        return None
    raise StreamlitValueError(param, "'rerun', 'ignore', a callback function")
