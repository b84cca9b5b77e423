"""``@st.fragment`` and ``st.rerun(scope=...)`` (Streamlit 1.67).

Calling a fragment function puts a block (a "vertical" block with ``fragment_id``) at the
caller's position and runs the function inside it. The session keeps a closure that reruns
the function with the same arguments in the same block (``_engine/fragments.py``): a widget
created inside it, its ``run_every`` timer or ``st.rerun(scope="fragment")`` rerun only it.
"""

from __future__ import annotations

import functools
import hashlib
import inspect
from collections.abc import Sequence
from datetime import timedelta
from itertools import dropwhile
from typing import Any, Callable, NoReturn, TypeVar

from wasmlit._engine import context as ctx_mod
from wasmlit._engine.control import RerunException, ScriptControlException
from wasmlit._engine.fragments import Fragment, FragmentHandledException, reemit_wrappers
from wasmlit._engine.script import user_traceback
from wasmlit.errors import (
    StreamlitAPIException,
    StreamlitDuplicateElementKey,
    StreamlitInvalidLayoutContextError,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
)

F = TypeVar("F", bound=Callable[..., Any])
RESERVED_KEYS = ("app", "fragment")


def fragment(func: F | None = None, *, run_every: int | float | timedelta | str | None = None,
             parallel: bool = False, key: str | int | None = None) -> Any:
    """Turn ``func`` into a fragment. ``parallel=True`` runs inline here (one thread)."""
    return make_fragment(func, run_every=run_every, key=key)


def make_fragment(func: F | None, *, run_every: Any = None, key: Any = None, hash_info: str = "") -> Any:
    if key is not None:
        key = str(key)
        if key in RESERVED_KEYS:
            raise StreamlitAPIException(
                f"`{key}` is a reserved name and cannot be used as a fragment key, because "
                "`st.rerun(scope=...)` reads it as a rerun level. Choose a different key for "
                "`@st.fragment(key=...)`.")
    interval = _interval(run_every)
    if func is None:
        return lambda f: make_fragment(f, run_every=run_every, key=key, hash_info=hash_info)
    token = f"{getattr(func, '__module__', '')}.{getattr(func, '__qualname__', repr(func))}{hash_info}"

    @functools.wraps(func)
    def wrap(*args: Any, **kwargs: Any) -> Any:
        run = ctx_mod.maybe_run_context()
        if run is None:
            return None
        return _first_run(run, func, args, kwargs, token, interval, key)

    try:
        wrap.__signature__ = inspect.signature(func)  # type: ignore[attr-defined]
    except (TypeError, ValueError):
        pass
    return wrap


def _interval(run_every: Any) -> float | None:
    if run_every is None:
        return None
    if isinstance(run_every, timedelta):
        seconds = run_every.total_seconds()
    elif isinstance(run_every, str):
        from wasmlit._caching.durations import parse_duration

        seconds = parse_duration(run_every)
    else:
        seconds = float(run_every)
    return seconds if seconds > 0 else None


def _first_run(run: ctx_mod.RunContext, func: Callable[..., Any], args: tuple[Any, ...],
               kwargs: dict[str, Any], token: str, interval: float | None, key: str | None) -> Any:
    """The call from the script (or from an enclosing fragment): reserve the block, register, run."""
    from wasmlit.st.delta_generator import main_dg

    stack = list(run.container_stack)
    path = main_dg._place()
    fragment_id = hashlib.md5(f"{token}{list(path)}".encode(), usedforsecurity=False).hexdigest()
    if key is not None and any(f.key == key and f.definition != token for f in run.new_fragments.values()):
        raise StreamlitDuplicateElementKey(key)  # one key per fragment function (its call sites share it)
    parent = run.fragment_stack[-1].id if run.fragment_stack else None
    record = run.session.fragments.get(fragment_id) if run.fragment_ids is not None else None
    if record is None or record.path != path:
        record = Fragment(id=fragment_id, path=path, rerun=lambda: None, run_every=interval,
                          parent_id=parent, key=key, definition=token)

    def rerun() -> Any:
        current = ctx_mod.get_run_context()
        saved = list(current.container_stack)
        current.container_stack[:] = stack
        reemit_wrappers(current, record)
        try:
            return _execute(current, record, lambda: func(*args, **kwargs))
        finally:
            current.container_stack[:] = saved

    record.rerun = rerun
    return _execute(run, record, lambda: func(*args, **kwargs))


def _execute(run: ctx_mod.RunContext, record: Fragment, call: Callable[[], Any]) -> Any:
    """Run the function inside the fragment's block; an exception is shown there."""
    from wasmlit.st.delta_generator import DeltaGenerator

    run.emit(record.path, ctx_mod.block("vertical", {"fragment_id": record.id}))
    run.new_fragments[record.id] = record
    dg = DeltaGenerator(block=record.path)
    depth = len(run.container_stack)
    run.fragment_stack.append(record)
    run.container_stack.append(dg)
    try:
        return call()
    except ScriptControlException:
        raise
    except FragmentHandledException:
        raise  # a nested fragment's, already shown
    except Exception as exc:
        _show_in_fragment(run, record, exc)
        raise FragmentHandledException(exc) from exc
    finally:
        run.fragment_stack.pop()
        del run.container_stack[depth:]


def _show_in_fragment(run: ctx_mod.RunContext, record: Fragment, exc: Exception) -> None:
    import logging

    from wasmlit.st.alerts import exception_node

    logging.getLogger("wasmlit").error("wasmlit: a fragment raised", exc_info=exc)
    path = run.allocate(record.path)
    run.emit(path, exception_node(exc, traceback_lines=user_traceback(exc)))


# ---------------------------------------------------------------- st.rerun

def rerun(scope: str | int | Sequence[str | int] = "app") -> NoReturn:
    """Stop this run now and start a new one: the app, this fragment, or fragments by key."""
    scope = _check_scope(scope)
    run = ctx_mod.maybe_run_context()
    if run is None:
        raise RerunException()
    if scope == "app":
        raise RerunException()
    if scope == "fragment":
        raise RerunException(_this_fragment(run))
    if not run.in_callback:
        raise StreamlitAPIException(
            "Passing a fragment key to `st.rerun()` is only allowed from a widget callback (e.g. "
            "`on_change` / `on_click`). Calling it from the main script body or a fragment body would "
            "abort the current run. If you meant to rerun the whole app or the current fragment, use "
            "`scope='app'` or `scope='fragment'`.")
    raise RerunException(_resolve_keys(run, [scope] if isinstance(scope, str) else list(scope)))


def _this_fragment(run: ctx_mod.RunContext) -> list[str]:
    if not run.fragment_ids or not run.fragment_stack:
        raise StreamlitInvalidLayoutContextError(
            'scope="fragment" can only be specified from `@st.fragment`-decorated functions during '
            "fragment reruns.")
    queue = list(dropwhile(lambda fid: fid != run.queued_fragment, run.fragment_ids))
    return queue or [run.fragment_stack[-1].id]


def _resolve_keys(run: ctx_mod.RunContext, names: list[str]) -> list[str]:
    ids: list[str] = []
    for name in names:
        found = run.session.fragments.by_key(name)
        if not found:
            raise StreamlitAPIException(
                f"No fragment found for target '{name}'. Pass the same `key` you set on "
                "`@st.fragment(key=...)`, and make sure that fragment has rendered at least once.")
        ids += [f.id for f in found if f.id not in ids]
    return ids


def _check_scope(scope: Any) -> str | list[str]:
    expected = "'app', 'fragment', a fragment key, a list of keys"
    if isinstance(scope, bool) or isinstance(scope, (bytes, bytearray)) or not isinstance(
            scope, (str, int, Sequence)):
        raise StreamlitInvalidParameterTypeError(
            f"Invalid `scope` type. Expected one of: str, int, list[str | int]. "
            f"Provided type: {type(scope).__name__}.")
    if isinstance(scope, int):
        return str(scope)
    if isinstance(scope, str):
        if scope == "":
            raise StreamlitValueError("scope", f"{expected}. Got an empty string")
        return scope
    if not scope:
        raise StreamlitValueError("scope", f"{expected}. Got an empty list")
    names = [str(n) if isinstance(n, int) and not isinstance(n, bool) else n for n in scope]
    for name in names:
        if not isinstance(name, str):
            raise StreamlitInvalidParameterTypeError(
                f"Invalid `scope list items` type. Expected one of: str, int. "
                f"Provided type: {type(name).__name__}.")
        if name == "":
            raise StreamlitValueError("scope list items", "non-empty strings or ints. "
                                      "Found an empty string in the list")
        if name in RESERVED_KEYS:
            raise StreamlitValueError("scope", f"fragment keys. '{name}' is a reserved scope name and "
                                      f"cannot appear inside a list. Pass '{name}' directly as a string")
    return names

