"""st.feedback: thumbs (2), faces (5) or stars (5); the value is the chosen index or None.

Wire value: the index, or null once the user clicks the chosen option again (it clears).
"""

from __future__ import annotations

import numbers
from typing import TYPE_CHECKING, Any

from wasmlit.errors import StreamlitValueError, StreamlitValueOutOfRangeError
from wasmlit.st.widgets._modes import callback_of
from wasmlit.st.widgets._registry import WidgetSpec, register, replace_value

if TYPE_CHECKING:
    from wasmlit.st.delta_generator import DeltaGenerator

OPTION_COUNTS = {"thumbs": 2, "faces": 5, "stars": 5}


def _valid_index(value: Any, count: int) -> bool:
    return (isinstance(value, numbers.Integral) and not isinstance(value, bool)
            and 0 <= int(value) < count)


class FeedbackMixin:
    def feedback(self: "DeltaGenerator", options: str = "thumbs", *, key: str | int | None = None,
                 default: int | None = None, disabled: bool = False, on_change: Any = "rerun",
                 args: Any = None, kwargs: Any = None, width: Any = "content", bind: Any = None,
                 persist_state: Any = None) -> int | None:
        if options not in OPTION_COUNTS:
            raise StreamlitValueError("options", "'thumbs', 'faces', 'stars'")
        count = OPTION_COUNTS[options]
        if default is not None and not 0 <= default < count:
            raise StreamlitValueOutOfRangeError(
                f"The `default` parameter, set to {default}, is outside the required range [0, {count - 1}].")
        callback = callback_of(on_change)

        def deserialize(wire: Any) -> int | None:
            if isinstance(wire, bool) or not isinstance(wire, (int, float)):
                return None
            return int(wire) if 0 <= int(wire) < count else None

        value, widget_id = register(self, WidgetSpec(
            kind="feedback", label="", key=key, default=default,
            identity={"options": options, "default": default, "width": repr(width)},
            keyed_identity={"options": options},
            deserialize=deserialize, serialize=lambda v: None if v is None else int(v),
            on_change=callback, args=args, kwargs=kwargs, disabled=disabled,
        ))
        if value is not None and not _valid_index(value, count):
            value = replace_value(widget_id, default)  # e.g. a 4-star value set on a thumbs widget
        value = None if value is None else int(value)
        self._enqueue("feedback", {"options": options, "value": value, "disabled": bool(disabled),
                                   "width": width if isinstance(width, (int, str)) else "content"}, widget_id)
        return value
