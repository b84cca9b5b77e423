"""The state of one script run: which slot the next element goes to, and where deltas go.

``st.*`` calls find the active run through ``get_run_context()``. The engine is
single-threaded (one worker = one session), so a module-level "current run" is
enough; the CPython test harness runs one script at a time too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable

from wasmlit import protocol
from wasmlit.errors import NoSessionContext

if TYPE_CHECKING:
    from wasmlit._engine.session import AppSession
    from wasmlit.st.delta_generator import DeltaGenerator

Path = tuple[int, ...]


@dataclass
class RunContext:
    run_id: int
    session: "AppSession"
    post: Callable[[dict[str, Any]], None]
    # Next free child index of every block written in this run.
    cursors: dict[Path, int] = field(default_factory=dict)
    # Containers entered with ``with``; ``st.foo`` writes into the innermost one.
    container_stack: list["DeltaGenerator"] = field(default_factory=list)
    # Widget ids and user keys created in this run (duplicate detection).
    widget_ids: set[str] = field(default_factory=set)
    widget_keys: set[str] = field(default_factory=set)
    page_config_set: bool = False
    # Cached functions running a miss record the elements emitted (``_caching.replay``).
    cache_recorders: list[Any] = field(default_factory=list)
    # st.form: form id -> {"clear_on_submit": bool, "defaults": {widget id: default}} for this run,
    # the forms whose submit button caused this run, and the wire defaults shown by the widgets
    # of a submitted clear_on_submit form (they are cleared when the run ends).
    forms: dict[str, dict[str, Any]] = field(default_factory=dict)
    submitted_forms: set[str] = field(default_factory=set)
    cleared_wire: dict[str, Any] = field(default_factory=dict)
    # @st.fragment (``_engine/fragments.py``): the fragments this run reruns (None = a full run)
    # and the block paths that covers; the fragments executing now, innermost last; the ones
    # registered by this run; the one of ``fragment_ids`` the run is in; whether a callback runs.
    fragment_ids: list[str] | None = None
    scope_paths: list[Path] = field(default_factory=list)
    fragment_stack: list[Any] = field(default_factory=list)
    new_fragments: dict[str, Any] = field(default_factory=dict)
    queued_fragment: str | None = None
    in_callback: bool = False
    dialog_opened: bool = False  # st.dialog: one per run
    # run_started goes out with the first delta or when the script starts, so that callbacks
    # can still turn a fragment rerun into a full one (``st.rerun()`` in a callback).
    started: bool = True
    scope: list[list[int]] | None = None
    # Spinners showing now, by block: [index, node] in page order. Like Streamlit's transient
    # spinner they take no slot for good: they stay after the block's last element (the next
    # element takes their slot, they move down), and their slot is given back when they end.
    transients: dict[Path, list[list[Any]]] = field(default_factory=dict)

    def allocate(self, block: Path) -> Path:
        """Reserve the next slot of ``block`` and return its path."""
        index = self.cursors.get(block, 0)
        self.cursors[block] = index + 1
        moving = self.transients.get(block)
        if moving:  # the new element goes where the first spinner is; the spinners move down
            index = moving[0][0]
            for entry in reversed(moving):
                entry[0] += 1
                self.emit((*block, entry[0]), entry[1])
        return (*block, index)

    def add_transient(self, path: Path, node: dict[str, Any]) -> list[Any]:
        """``node`` (just emitted at ``path``) is a spinner: keep it after its block's elements."""
        entry = [path[-1], node]
        self.transients.setdefault(tuple(path[:-1]), []).append(entry)
        return entry

    def end_transient(self, block: Path, entry: list[Any]) -> None:
        """The spinner is done: blank its slot and give the slot back when it is the block's last."""
        moving = [e for e in self.transients.get(block, []) if e is not entry]
        if moving:
            self.transients[block] = moving
        else:
            self.transients.pop(block, None)
        self.emit((*block, entry[0]), element("empty", {}))
        if self.cursors.get(block) == entry[0] + 1:
            self.cursors[block] = entry[0]

    def start(self) -> None:
        """Post run_started (once) with the run's scope."""
        if not self.started:
            self.started = True
            self.post({"type": "run_started", "run_id": self.run_id, "scope": self.scope})

    def emit(self, path: Path, node: dict[str, Any]) -> None:
        self.start()
        self.post({"type": "delta", "run_id": self.run_id, "path": list(path), "node": node})


_current: RunContext | None = None


def get_run_context() -> RunContext:
    if _current is None:
        raise NoSessionContext(
            "No script is running: st.* elements can only be used while wasmlit runs the app."
        )
    return _current


def maybe_run_context() -> RunContext | None:
    return _current


def set_run_context(ctx: RunContext | None) -> None:
    global _current
    _current = ctx


def element(type_: protocol.ElementType, props: dict[str, Any], widget_id: str | None = None) -> dict[str, Any]:
    return {"kind": "element", "type": type_, "id": widget_id, "props": props}


def block(type_: protocol.BlockType, props: dict[str, Any]) -> dict[str, Any]:
    return {"kind": "block", "type": type_, "props": props}
