"""One browser tab's session: applies page messages, runs callbacks, reruns the script.

A run, as in Streamlit (semantics §5): apply widget updates → run their callbacks
→ execute the script top to bottom → clean up widgets that were not rendered →
report how the run ended. ``st.rerun()`` ends the run with status ``rerun``; the
caller (the worker loop, or the test harness) starts the next one, so the worker
can merge interactions that arrived meanwhile.
"""

from __future__ import annotations

import logging
from typing import Any, Callable

from wasmlit import protocol
from wasmlit._engine import context as ctx_mod
from wasmlit._engine.control import RerunException, StopException
from wasmlit._engine.modules import install_streamlit_alias
from wasmlit._engine.script import Script, user_traceback
from wasmlit._state.session_state import SessionState

log = logging.getLogger("wasmlit")

Post = Callable[[dict[str, Any]], None]


class AppSession:
    def __init__(self, script_path: str, post: Post, session_id: str = "local") -> None:
        install_streamlit_alias()
        self.id = session_id
        self.script = Script(script_path)
        self.state = SessionState()
        self._post = post
        self._run_id = 0
        self.last_status: protocol.RunStatus | None = None
        # Per-session extension slots (query params, secrets, caches...) live here.
        self.extras: dict[str, Any] = {}

    # ------------------------------------------------------------ page messages

    def handle_batch(self, messages: list[dict[str, Any]]) -> bool:
        """Apply a batch of page messages as ONE run. Returns True when a rerun was requested."""
        updates: list[dict[str, Any]] = []
        wants_run = False
        for message in messages:
            kind = message.get("type")
            if kind == "interaction":
                updates.extend(message.get("updates", []))
                wants_run = True
            elif kind == "rerun":
                wants_run = True
            elif kind == "source_changed":
                self.script.invalidate()
                wants_run = True
            else:
                log.warning("wasmlit: ignoring unknown page message %r", kind)
        if not wants_run:
            return False
        return self.run(updates) == "rerun"

    # ------------------------------------------------------------ one run

    def run(self, updates: list[dict[str, Any]] | None = None) -> protocol.RunStatus:
        self._run_id += 1
        run = ctx_mod.RunContext(run_id=self._run_id, session=self, post=self._post)
        self._post({"type": "run_started", "run_id": run.run_id})
        self.state.on_interaction_start()
        callbacks = self._apply_updates(updates or [])
        run.submitted_forms = self._submitted_forms(updates or [])
        ctx_mod.set_run_context(run)
        status: protocol.RunStatus = "error"
        try:
            status = self._run_callbacks(callbacks)
            if status == "ok":
                status = self._run_script(run)
        finally:
            ctx_mod.set_run_context(None)
            self._clear_submitted_forms(run)
            self.state.on_run_end(completed=status == "ok")
        self.last_status = status
        self._post({"type": "run_finished", "run_id": run.run_id, "status": status})
        return status

    def _apply_updates(self, updates: list[dict[str, Any]]) -> list[Callable[[], Any]]:
        """Apply the page's widget values; returns their callbacks, in order.

        A value a widget cannot take (a stale or tampered message) is dropped with a log
        line: it must not take the session down.
        """
        callbacks = []
        for update in updates:
            try:
                callback = self.state.apply_update(str(update["id"]), update.get("value"))
            except Exception as exc:
                log.warning("wasmlit: ignoring a widget update the widget cannot take (%s: %s)",
                            type(exc).__name__, exc)
                continue
            if callback is not None:
                callbacks.append(callback)
        return callbacks

    def _submitted_forms(self, updates: list[dict[str, Any]]) -> set[str]:
        """The forms whose submit button the page clicked in this interaction."""
        forms = set()
        for update in updates:
            meta = self.state.widget_meta(update["id"])
            if meta is not None and meta.kind == "form_submit_button" and meta.form_id and not meta.disabled:
                forms.add(meta.form_id)
        return forms

    def _clear_submitted_forms(self, run: ctx_mod.RunContext) -> None:
        """``st.form(clear_on_submit=True)``: after the submit run, its widgets are back to their defaults."""
        for form_id in run.submitted_forms:
            form = run.forms.get(form_id)
            if form is not None and form["clear_on_submit"]:
                for widget_id, default in form["defaults"].items():
                    self.state.set_widget_value(widget_id, default)

    def _run_callbacks(self, callbacks: list[Callable[[], Any]]) -> protocol.RunStatus:
        for callback in callbacks:
            try:
                callback()
            except RerunException:
                return "ok"  # the script runs once anyway: the rerun is coalesced (1.67)
            except StopException:
                return "stopped"
            except Exception as exc:  # a broken callback: show it, do not run the script
                self._show_exception(exc)
                return "error"
        return "ok"

    def _run_script(self, run: ctx_mod.RunContext) -> protocol.RunStatus:
        from wasmlit.st.write import magic_write

        self.state.on_script_start()
        try:
            self.script.code()
        except SyntaxError as exc:
            run.cursors.clear()
            self._show_exception(exc, frames=False)
            return "compile_error"
        except OSError as exc:
            self._show_exception(exc)
            return "error"
        try:
            self.script.execute(magic_write)
        except RerunException:
            return "rerun"
        except StopException:
            return "stopped"
        except Exception as exc:
            self._show_exception(exc)
            return "error"
        return "ok"

    def _show_exception(self, exc: BaseException, *, frames: bool = True) -> None:
        """Put ``exc`` after everything in the main area (the ``with`` blocks have exited)."""
        from wasmlit.st.alerts import exception_node

        run = ctx_mod.get_run_context()
        run.container_stack.clear()
        log.error("wasmlit: the script raised", exc_info=exc)
        path = run.allocate((protocol.Root.MAIN,))
        run.emit(path, exception_node(exc, traceback_lines=user_traceback(exc, frames=frames)))
