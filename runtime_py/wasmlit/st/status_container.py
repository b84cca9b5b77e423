"""st.status: an expander-like container that shows a task's state (running / complete / error).

``st.status(...)`` returns a ``StatusContainer``: a DeltaGenerator for the block (so
``with status:`` and ``status.write()`` put elements inside it) with ``update(label=,
expanded=, state=)``, which re-sends the block at its path — the page keeps its children.
Used as a context manager, a status still "running" at the end of the ``with`` becomes
"complete", or "error" when an exception leaves the block (the exception propagates);
a state the script set itself is left alone (Streamlit 1.67).

The class is made on first use: it subclasses DeltaGenerator, whose module imports this one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit._engine import context as ctx_mod
from wasmlit.errors import StreamlitValueError

if TYPE_CHECKING:
    from wasmlit.st.delta_generator import DeltaGenerator

STATES = ("running", "complete", "error")
TYPES = ("default", "compact", "step")
# The icon Streamlit records for each state (AppTest's ``Status.icon``).
STATE_ICONS = {"running": "spinner", "complete": ":material/check:", "error": ":material/error:"}


def _check_state(state: Any) -> None:
    if state not in STATES:
        raise StreamlitValueError("state", "'running', 'complete', 'error'")


class _StatusBehaviour:
    """The StatusContainer part of the class; DeltaGenerator comes after it in the MRO."""

    _status_props: dict[str, Any]

    def update(self, *, label: str | None = None, expanded: bool | None = None,
               state: str | None = None) -> None:
        props = dict(self._status_props)
        if label is not None:
            props["label"] = str(label)
        if expanded is not None:
            props["expanded"] = bool(expanded)
        if state is not None:
            _check_state(state)
            props["state"], props["icon"] = state, STATE_ICONS[state]
        self._status_props = props
        run = ctx_mod.maybe_run_context()
        if run is None:
            return  # no session (e.g. the with-block's own exception must not be hidden)
        run.emit(self._block_path, ctx_mod.block("status", props))  # type: ignore[attr-defined]

    @property
    def _current_state(self) -> str:
        return self._status_props["state"]

    def __enter__(self) -> Any:
        super().__enter__()  # type: ignore[misc]
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> bool:
        if self._current_state == "running":
            self.update(state="error" if exc_type is not None else "complete")
        return super().__exit__(exc_type, exc, tb)  # type: ignore[misc]


_CLASS: list[type] = []


def status_container_class() -> type:
    if not _CLASS:
        from wasmlit.st.delta_generator import DeltaGenerator

        _CLASS.append(type("StatusContainer", (_StatusBehaviour, DeltaGenerator), {"__module__": __name__}))
    return _CLASS[0]


class StatusContainerMixin:
    def status(self: "DeltaGenerator", label: str, *, expanded: bool = False, state: str = "running",
               type: str = "default", width: Any = "stretch") -> Any:
        from wasmlit.st.chat import check_width

        if type not in TYPES:
            raise StreamlitValueError("type", "'default', 'compact', 'step'")
        _check_state(state)
        if label is not None and not isinstance(label, str):
            raise TypeError("bad argument type for built-in operation")
        check_width(width, allow_content=False)
        props = {"label": label or "", "expanded": bool(expanded), "state": state,
                 "icon": STATE_ICONS[state], "type": type, "width": width}
        block = self._block("status", props)
        container = status_container_class()(block=block._block_path, form_id=block._form_id)
        container._status_props = props
        return container
