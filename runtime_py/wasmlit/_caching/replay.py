"""Recording ``st.*`` output inside a cached function (a miss) and replaying it (a hit).

Every element or block emitted while a cached function runs is recorded with the
container it went into, relative to the function: a container the function
created itself (``local``), the call site's active container (an implicit
``st.foo``), or the sidebar. On a hit the same nodes are re-emitted into the
call site's container, so the page looks the same. Writing into any other
container created outside the function works on the miss and raises
``CacheReplayClosureError`` on the hit (as in Streamlit). Nested cached functions
record into every active recorder.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Callable

from wasmlit._caching.cache_errors import CachedWidgetWarning, CacheReplayClosureError, CacheType

if TYPE_CHECKING:
    from wasmlit._engine.context import RunContext
    from wasmlit.st.delta_generator import DeltaGenerator

log = logging.getLogger("wasmlit")

Message = list[Any]  # [ref, node, form_id]; ref = ["callsite"] | ["sidebar"] | ["local", i] | ["closure"]

_replaying = 0  # > 0 while a hit replays (replayed widgets warn through their recorded warning)


class Recorder:
    def __init__(self, run: "RunContext", cache_type: CacheType, func: Callable[..., Any]) -> None:
        from wasmlit.st.delta_generator import main_dg

        self.cache_type = cache_type
        self.func = func
        self.callsite = main_dg._target()
        self.messages: list[Message] = []
        self._local_index: dict[int, int] = {}
        self._created: list[Any] = []  # keeps the DGs alive so their ids stay unique

    def record(self, invoker: "DeltaGenerator", created: "DeltaGenerator", node: dict[str, Any],
               form_id: str | None) -> None:
        from wasmlit.st.delta_generator import sidebar_dg

        target = invoker._target()
        if id(target) in self._local_index:
            ref: list[Any] = ["local", self._local_index[id(target)]]
        elif invoker._is_main_proxy and target is self.callsite:
            ref = ["callsite"]
        elif target is sidebar_dg:
            ref = ["sidebar"]
        else:
            ref = ["closure"]
        self.messages.append([ref, node, form_id])
        self._local_index[id(created)] = len(self._created)
        self._created.append(created)


def start(run: "RunContext", cache_type: CacheType, func: Callable[..., Any]) -> Recorder:
    recorder = Recorder(run, cache_type, func)
    run.cache_recorders.append(recorder)
    return recorder


def stop(run: "RunContext", recorder: Recorder) -> None:
    if run.cache_recorders and run.cache_recorders[-1] is recorder:
        run.cache_recorders.pop()
    elif recorder in run.cache_recorders:
        run.cache_recorders.remove(recorder)


def on_emit(run: "RunContext", invoker: "DeltaGenerator", created: "DeltaGenerator",
            node: dict[str, Any], form_id: str | None) -> None:
    """Called by ``DeltaGenerator._emit`` for every node while a cached function records."""
    for recorder in list(run.cache_recorders):
        recorder.record(invoker, created, node, form_id)


def before_emit(run: "RunContext", node: dict[str, Any]) -> None:
    """A widget (or form) inside a cached function: show CachedWidgetWarning before it (1.67).

    The warning is recorded like any element, so hits replay it; replays never add another.
    """
    is_widget = node.get("kind") == "element" and node.get("id") is not None
    is_form = node.get("kind") == "block" and node.get("type") == "form"
    if (is_widget or is_form) and not _replaying:
        from wasmlit.st.delta_generator import main_dg

        warning = CachedWidgetWarning()
        log.warning("%s", warning)
        main_dg.exception(warning)


def replay(messages: list[Message], cache_type: CacheType, func: Callable[..., Any]) -> None:
    """Re-emit recorded output at the call site (a cache hit)."""
    global _replaying
    if not messages:
        return
    from wasmlit._engine.context import maybe_run_context
    from wasmlit.st.delta_generator import main_dg, sidebar_dg

    if maybe_run_context() is None:
        return  # bare mode: there is no page to replay into
    if any(ref[0] == "closure" for ref, _node, _form in messages):
        raise CacheReplayClosureError(cache_type, func)
    created: list[Any] = []
    _replaying += 1
    try:
        for ref, node, form_id in messages:
            if ref[0] == "local":
                invoker = created[ref[1]]
            elif ref[0] == "sidebar":
                invoker = sidebar_dg
            else:
                invoker = main_dg
            created.append(invoker._emit(node, form_id))
    finally:
        _replaying -= 1
