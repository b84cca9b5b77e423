"""Progress and status: spinner, progress, balloons, toast."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from wasmlit._engine import context as ctx_mod
from wasmlit.errors import StreamlitAPIException, StreamlitValueOutOfRangeError
from wasmlit.st.text import clean_text

if TYPE_CHECKING:
    from wasmlit.st.delta_generator import DeltaGenerator

SPINNER_DELAY_MS = 500  # Streamlit shows a spinner only when the work takes longer than this


class StatusMixin:
    @contextlib.contextmanager
    def spinner(self: "DeltaGenerator", text: str = "In progress...", *, show_time: bool = False,
                width: Any = None) -> Iterator[None]:
        props = {"text": clean_text(text), "show_after_ms": SPINNER_DELAY_MS, "show_time": bool(show_time)}
        run = ctx_mod.maybe_run_context()
        if run is None:  # bare mode: nothing to show
            yield
            return
        # Emitted directly, not through _enqueue: a spinner is never part of a cached function's output.
        node, path = ctx_mod.element("spinner", props), self._place()
        run.emit(path, node)
        # Nothing of it stays once the work is done. A new slot is a transient (RunContext.transients);
        # a placeholder's slot (``st.empty().spinner()``) is blanked again.
        entry = run.add_transient(path, node) if self._target()._slot is None else None
        try:
            yield
        finally:
            if ctx_mod.maybe_run_context() is run:
                if entry is not None:
                    run.end_transient(tuple(path[:-1]), entry)
                else:
                    run.emit(path, ctx_mod.element("empty", {}))

    def progress(self: "DeltaGenerator", value: int | float, text: str | None = None,
                 width: Any = None) -> "DeltaGenerator":
        return self._enqueue("progress", {"value": _progress_percent(value),
                                          "text": None if text is None else clean_text(text)})

    def balloons(self: "DeltaGenerator") -> None:
        ctx_mod.get_run_context().post({"type": "effect", "effect": "balloons", "body": None, "icon": None})

    def toast(self: "DeltaGenerator", body: Any, *, icon: str | None = None, duration: Any = "short") -> None:
        ctx_mod.get_run_context().post({"type": "effect", "effect": "toast", "body": clean_text(body), "icon": icon})


def _progress_percent(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise StreamlitAPIException(f"Progress Value has invalid type: {type(value).__name__}")
    if isinstance(value, int):
        if not 0 <= value <= 100:
            raise StreamlitValueOutOfRangeError(
                f"The `value` parameter, set to {value}, is outside the required range [0, 100].")
        return value
    if not 0.0 <= value <= 1.0:
        raise StreamlitValueOutOfRangeError(
            f"The `value` parameter, set to {value}, is outside the required range [0.0, 1.0].")
    return int(value * 100)
