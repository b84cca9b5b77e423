"""``streamlit.runtime`` (and ``.scriptrunner``/``.state``): the few names apps import from it."""

from __future__ import annotations

from typing import Any

from wasmlit._engine import context as _ctx
from wasmlit._state.session_state import SessionStateProxy


def exists() -> bool:
    """True while an app runs inside wasmlit (the worker, or the test harness)."""
    return _ctx.maybe_run_context() is not None


def get_script_run_ctx(suppress_warning: bool = False) -> Any:
    return _ctx.maybe_run_context()


def add_script_run_ctx(thread: Any = None, ctx: Any = None) -> Any:
    return thread


__all__ = ["exists", "get_script_run_ctx", "add_script_run_ctx", "SessionStateProxy"]
