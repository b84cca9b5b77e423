"""``streamlit.runtime.scriptrunner``: the current script run, as apps and libraries read it.

``get_script_run_ctx()`` is None outside a run (as in a bare Python process) and a
``ScriptRunContext`` during one; threads share the one run (the worker has a single
thread of Python), so ``add_script_run_ctx`` only hands the thread back.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from wasmlit._engine import context as _ctx
from wasmlit._engine.control import RerunException, StopException


@dataclass(frozen=True)
class ScriptRunContext:
    session_id: str
    session_state: Any
    page_script_hash: str
    main_script_path: str
    run_id: int


def get_script_run_ctx(suppress_warning: bool = False) -> ScriptRunContext | None:
    run = _ctx.maybe_run_context()
    if run is None:
        return None
    from wasmlit.st import session_state

    return ScriptRunContext(session_id=run.session.id, session_state=session_state, page_script_hash="",
                            main_script_path=run.session.script.path, run_id=run.run_id)


def add_script_run_ctx(thread: Any = None, ctx: Any = None) -> Any:
    return thread


__all__ = ["RerunException", "ScriptRunContext", "StopException", "add_script_run_ctx", "get_script_run_ctx"]
