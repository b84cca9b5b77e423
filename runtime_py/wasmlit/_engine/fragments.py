"""@st.fragment at the engine level: which fragments a session has, and which part of the page a run covers.

A fragment is a function whose output lives in its own block of the page. An interaction
with a widget created inside it (or its ``run_every`` timer, or ``st.rerun(scope="fragment")``)
reruns only that function, with the same arguments: the run's *scope* is the fragment's block
(plus the wrapper blocks it writes into outside itself), and the page marks stale and prunes
only inside the scope (``protocol.Scope``).

The registry is path-based and knows nothing about ``st``: ``st/fragment.py`` builds each
``Fragment`` (with the closure that reruns it) and registers it while the script runs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable

from wasmlit import protocol
from wasmlit._engine import context as ctx_mod
from wasmlit.errors import StreamlitInvalidLayoutContextError

if TYPE_CHECKING:
    from wasmlit._engine.context import RunContext
    from wasmlit._state.session_state import SessionState

Path = tuple[int, ...]

OUTSIDE_WRITE_ERROR = (
    "A fragment tried to write to a container created outside it, but the fragment did not write "
    "to that container during the last full app run, so Streamlit could not reserve a stable "
    "position for it.\n\nOtherwise, inside the fragment function, write to the container on every "
    "full app run (e.g. `outside_container.empty()` or `with outside_container: st.empty()`), then "
    "fill it during fragment reruns."
)


class FragmentHandledException(Exception):
    """A fragment raised; its exception is already shown in the fragment's block."""


@dataclass
class Fragment:
    id: str
    path: Path  # the fragment's own block
    rerun: Callable[[], Any]  # runs the function again in its block, with the same arguments
    run_every: float | None = None
    parent_id: str | None = None
    key: str | None = None
    definition: str = ""  # module.qualname of the function: its call sites share a key
    # Containers outside the fragment that it writes into (a block path, or the slot of an
    # st.empty) -> the wrapper block reserved there for the fragment's writes.
    wrappers: dict[tuple[str, Path], Path] = field(default_factory=dict)
    # It opened an st.dialog (in Root.EVENT): its reruns may close it, so that root is in its scope.
    opens_dialogs: bool = False

    def scope(self) -> list[Path]:
        event = [(protocol.Root.EVENT,)] if self.opens_dialogs else []
        return [self.path, *self.wrappers.values(), *event]


def inside(path: Path, block: Path) -> bool:
    """``path`` is ``block`` or lies under it."""
    return path[:len(block)] == block


class FragmentRegistry:
    """The fragments of one session, as registered by the last runs."""

    def __init__(self) -> None:
        self._fragments: dict[str, Fragment] = {}

    def get(self, fragment_id: str) -> Fragment | None:
        return self._fragments.get(fragment_id)

    def by_key(self, key: str) -> list[Fragment]:
        return [f for f in self._fragments.values() if f.key == key]

    def end_run(self, run: "RunContext", completed: bool) -> None:
        """A full run that completed replaces the set; any other run only adds what it registered."""
        if run.fragment_ids is None and completed:
            self._fragments = dict(run.new_fragments)
        else:
            self._fragments.update(run.new_fragments)

    def ancestors(self, fragment_id: str) -> list[str]:
        """The enclosing fragments of ``fragment_id``, innermost first."""
        out: list[str] = []
        parent = self._fragments[fragment_id].parent_id if fragment_id in self._fragments else None
        while parent is not None and parent not in out and parent != fragment_id:
            out.append(parent)
            parent = self._fragments[parent].parent_id if parent in self._fragments else None
        return out

    def has_ancestor_in(self, fragment_id: str, ids: set[str]) -> bool:
        return any(a in ids for a in self.ancestors(fragment_id))

    def order(self, fragment_ids: list[str]) -> list[str]:
        """Enclosing fragments first (they redraw the ones inside them), else as asked."""
        return sorted(fragment_ids, key=lambda fid: len(self.ancestors(fid)))

    def timers(self) -> dict[str, float]:
        return {f.id: f.run_every for f in self._fragments.values() if f.run_every}

    def scope_of(self, fragment_ids: list[str]) -> list[list[int]]:
        return [list(p) for fid in fragment_ids if (f := self.get(fid)) for p in f.scope()]


def batch_scope(registry: FragmentRegistry, state: "SessionState", updates: list[dict[str, Any]],
                requested: list[str], full: bool) -> list[str] | None:
    """The fragments a batch reruns, or None for a full run.

    Any widget outside a fragment (or one we do not know) makes it a full run, as does any
    message that asks for one; otherwise the fragments of the widgets plus the requested ones,
    in order, skipping fragments that no longer exist.
    """
    if full:
        return None
    ids = list(requested)
    for update in updates:
        meta = state.widget_meta(str(update.get("id")))
        fragment_id = getattr(meta, "fragment_id", None)
        if fragment_id is None or registry.get(fragment_id) is None:
            return None
        ids.append(fragment_id)
    return [fid for i, fid in enumerate(ids) if fid not in ids[:i] and registry.get(fid) is not None]


# ---------------------------------------------------------------- writes outside a fragment

def place(run: "RunContext", block: Path | None, slot: Path | None) -> Path:
    """Where an element written through a DG aimed at ``block`` (or at ``slot``) goes.

    Outside a fragment, or inside its own block, that is the usual place. A fragment
    writing to a container created outside it (st.sidebar, an outer container or st.empty)
    writes into a wrapper block reserved in that container on the full run, so its
    reruns can redraw just that part (Streamlit 1.67 does the same).
    """
    fragment = run.fragment_stack[-1] if run.fragment_stack else None
    container = slot if slot is not None else block
    assert container is not None
    if fragment is None or _owned(fragment, container):
        return slot if slot is not None else run.allocate(container)
    key = ("slot" if slot is not None else "block", container)
    wrapper = fragment.wrappers.get(key)
    if wrapper is None:
        wrapper = _reserve_wrapper(run, fragment, key)
    return (*wrapper, 0) if slot is not None else run.allocate(wrapper)


def _owned(fragment: Fragment, container: Path) -> bool:
    if container[0] == protocol.Root.EVENT:
        return True  # a dialog the fragment opened: single-owner, written in place (as in 1.67)
    return inside(container, fragment.path) or any(inside(container, w) for w in fragment.wrappers.values())


def _reserve_wrapper(run: "RunContext", fragment: Fragment, key: tuple[str, Path]) -> Path:
    kind, container = key
    rerunning = run.fragment_ids is not None
    if rerunning and not any(inside(container, p) for p in run.scope_paths):
        raise StreamlitInvalidLayoutContextError(OUTSIDE_WRITE_ERROR)
    wrapper = container if kind == "slot" else run.allocate(container)
    run.emit(wrapper, ctx_mod.block("vertical", {}))
    fragment.wrappers[key] = wrapper
    return wrapper


def reemit_wrappers(run: "RunContext", fragment: Fragment) -> None:
    """A fragment rerun keeps its wrapper blocks (they are in the run's scope) and refills them."""
    for wrapper in fragment.wrappers.values():
        run.emit(wrapper, ctx_mod.block("vertical", {}))
