"""``AppTest``: run an app headless in CPython, inspect its page, and interact with it.

One ``AppTest`` = one session (``LocalSession``). ``run()`` sends the session the
batch the page would send (an ``interaction`` with the widget values set since the
last run, or a plain ``rerun``), follows ``st.rerun()`` until the run settles, and
applies every WorkerMessage to an ``ElementTree`` — the same tree the page renders.

The script runs on a worker thread so that a run that does not finish in time
can be stopped: ``StopException`` is injected into that thread (the way Streamlit
stops a runner), and ``run()`` raises ``RuntimeError("AppTest script run timed out
after <t>(s)")``.
"""

from __future__ import annotations

import ctypes
import inspect
import os
import tempfile
import textwrap
import threading
import time
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Callable

from wasmlit import protocol
from wasmlit._engine.control import StopException
from wasmlit._engine.tree import ElementTree, Slot
from wasmlit._platform.cpython import LocalSession
from wasmlit._state.session_state import SessionState, SessionStateProxy
from wasmlit.testing import pages as _pages
from wasmlit.testing.elements import Block, ElementList, Queries, Toast

# How long a stopped run may take to unwind before we give up on its thread.
_STOP_GRACE_S = 2.0


class AppTestError(Exception):
    """The test used AppTest wrongly (e.g. set the value of a disabled widget)."""


class _TestSessionState(SessionStateProxy):
    """``at.session_state``: the session's state, settable between runs (seeds the next run)."""

    def __setitem__(self, key: Any, value: Any) -> None:
        self._state.seed(str(key), value)

    def __setattr__(self, key: str, value: Any) -> None:
        self._state.seed(key, value)

    def __getattr__(self, key: str) -> Any:
        try:
            return self._state.get_item(key)
        except KeyError:
            raise AttributeError(f"{key} not found in session_state.") from None


class AppTest(Queries):
    def __init__(self, script_path: str | os.PathLike[str], *, default_timeout: float = 3,
                 _tempdir: tempfile.TemporaryDirectory[str] | None = None) -> None:
        self._script_path = str(script_path)
        self.default_timeout = default_timeout
        self._local = LocalSession(self._script_path, session_id="apptest")
        self._tree = ElementTree()
        self._consumed = 0
        self._pending: dict[str, Any] = {}
        self._has_run = False
        self.session_state = _TestSessionState(lambda: self._local.session.state)
        self.query_params: dict[str, Any] = {}
        self.context: dict[str, Any] = {}  # st.context fields the page would send (testing/pages.py)
        self.secrets: dict[str, Any] = {}
        # As in the browser, a widget inside an @st.fragment (or st.dialog) reruns only that
        # fragment. False: the whole app reruns, as Streamlit 1.67's own AppTest does.
        self.fragment_reruns = True
        if _tempdir is not None:
            weakref.finalize(self, _tempdir.cleanup)

    # ------------------------------------------------------------ construction

    @classmethod
    def from_file(cls, script_path: str | os.PathLike[str], *, default_timeout: float = 3) -> "AppTest":
        """An absolute path is used as given; a relative one is looked up from the working
        directory, then from the directory of the test file that calls this."""
        path = Path(script_path)
        if not path.is_absolute() and not path.exists():
            caller = Path(inspect.stack()[1].filename).resolve().parent
            path = caller / path
        if not path.is_file():
            raise FileNotFoundError(f"AppTest script not found at {path}")
        return cls(path, default_timeout=default_timeout)

    @classmethod
    def from_string(cls, script: str, *, default_timeout: float = 3) -> "AppTest":
        """The script is dedented, written to a temporary file and run as ``__main__``."""
        tempdir = tempfile.TemporaryDirectory(prefix="wasmlit-apptest-")
        path = Path(tempdir.name) / "app.py"
        path.write_text(textwrap.dedent(script), encoding="utf-8")
        return cls(path, default_timeout=default_timeout, _tempdir=tempdir)

    @classmethod
    def from_function(cls, script: Callable[..., Any], *, default_timeout: float = 3,
                      args: Any = None, kwargs: Any = None) -> "AppTest":
        """The function's source becomes the script, followed by a call ``fn(*args, **kwargs)``.

        The function must do its own imports; ``args``/``kwargs`` must be literals (their repr
        is written into the script)."""
        source = textwrap.dedent(inspect.getsource(script))
        call = f"\n{script.__name__}(*{tuple(args or ())!r}, **{dict(kwargs or {})!r})\n"
        return cls.from_string(source + call, default_timeout=default_timeout)

    # ------------------------------------------------------------ running

    @property
    def _at(self) -> "AppTest":
        return self

    @property
    def _state(self) -> SessionState:
        return self._local.session.state

    def run(self, *, timeout: float | None = None) -> "AppTest":
        """Run the script with the widget values set since the last run; returns self."""
        timeout = self.default_timeout if timeout is None else timeout
        updates = [{"id": wid, "value": wire} for wid, wire in self._take_pending().items()]
        batch = [{"type": "interaction", "updates": updates}] if updates else [{"type": "rerun"}]
        self._has_run = True
        _pages.before_run(self)
        self._local.session.fragment_reruns = self.fragment_reruns
        runner = _Runner(self._local, batch)
        runner.start()
        runner.join(timeout)
        if runner.is_alive():
            runner.stop()
            self._sync()
            raise RuntimeError(f"AppTest script run timed out after {timeout}(s)")
        self._sync()
        _pages.after_run(self)
        if runner.error is not None:  # a failure of the runtime itself, not of the script
            raise runner.error
        return self

    def switch_page(self, page_path: str) -> "AppTest":
        """The next ``run()`` runs the page whose file is ``page_path`` (relative to the main script)."""
        _pages.switch_page(self, page_path)
        return self

    def _take_pending(self) -> dict[str, Any]:
        """The values to send now. Like the page, a widget inside an ``st.form`` keeps its new
        value until that form's submit button is clicked; then they all go together."""
        forms: dict[str, str] = {}
        submitted: set[str] = set()
        for _path, slot in self._tree.walk():
            form_id = slot.props.get("form_id") if slot.kind == "element" else None
            if slot.id in self._pending and form_id:
                forms[slot.id] = form_id
                if slot.type == "form_submit_button":
                    submitted.add(form_id)
        send = {wid: wire for wid, wire in self._pending.items() if wid not in forms or forms[wid] in submitted}
        self._pending = {wid: wire for wid, wire in self._pending.items() if wid not in send}
        return send

    def _sync(self) -> None:
        messages = self._local.messages
        self._tree.apply_all(messages[self._consumed:])
        self._consumed = len(messages)

    # ------------------------------------------------------------ reading

    def _slots(self) -> Iterator[tuple[tuple[int, ...], Slot]]:
        return self._tree.walk()

    def _root(self, index: int) -> Block:
        return Block(self._tree.root(index), (index,), self)

    @property
    def main(self) -> Block:
        return self._root(protocol.Root.MAIN)

    @property
    def sidebar(self) -> Block:
        return self._root(protocol.Root.SIDEBAR)

    @property
    def children(self) -> list[Any]:
        """main, sidebar and the event root (where st.dialog blocks are, as in Streamlit's tree)."""
        return [self.main, self.sidebar, self._root(protocol.Root.EVENT)]

    @property
    def toast(self) -> ElementList[Toast]:  # type: ignore[override]
        """Toasts raised by the last run (they are effects, not slots of the tree)."""
        out: ElementList[Toast] = ElementList()
        for i, effect in enumerate(self._tree.run_effects):
            if effect.get("effect") == "toast":
                node = {"kind": "element", "type": "toast", "id": None,
                        "props": {"body": effect.get("body"), "icon": effect.get("icon")}}
                out.append(Toast(Slot(node, self._tree.current_run), (-1, i), self))
        return out

    @property
    def balloons(self) -> bool:
        return any(e.get("effect") == "balloons" for e in self._tree.run_effects)

    @property
    def page_config(self) -> dict[str, Any] | None:
        return self._tree.page_config

    @property
    def run_status(self) -> str | None:
        """How the last run ended: "ok", "error", "stopped", "compile_error" (protocol.RunStatus)."""
        return self._tree.last_status

    @property
    def tree(self) -> ElementTree:
        return self._tree

    def __repr__(self) -> str:
        return f"AppTest({self._script_path!r})"


class _Runner(threading.Thread):
    """Runs one batch, then the reruns it asks for, until the session settles or is stopped."""

    def __init__(self, local: LocalSession, batch: list[dict[str, Any]]) -> None:
        super().__init__(name="wasmlit-apptest", daemon=True)
        self._local = local
        self._batch = batch
        self._stopping = False
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            wants_rerun = self._local.handle_batch(self._batch)
            while wants_rerun and not self._stopping:
                wants_rerun = self._local.handle_batch([{"type": "rerun"}])
        except StopException:
            pass  # injected by stop() outside the script's own try blocks
        except BaseException as exc:  # noqa: BLE001 - reported to the test by AppTest.run
            if not self._stopping:
                self.error = exc

    def stop(self) -> None:
        """Stop the run: no further reruns, and StopException raised inside the running thread."""
        self._stopping = True
        deadline = time.monotonic() + _STOP_GRACE_S
        while self.is_alive() and time.monotonic() < deadline:
            ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self.ident or 0),
                                                       ctypes.py_object(StopException))
            self.join(0.05)
        if self.is_alive():  # stuck in C (e.g. time.sleep): leave the daemon thread behind
            return
