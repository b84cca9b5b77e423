"""One browser tab's session: applies page messages, runs callbacks, reruns the script.

A run, as in Streamlit (semantics §5): apply widget updates → run their callbacks
→ execute the script top to bottom → clean up widgets that were not rendered →
report how the run ended. ``st.rerun()`` ends the run with status ``rerun``; the
caller (the worker loop, or the test harness) starts the next one, so the worker
can merge interactions that arrived meanwhile.

A run is either full or a *fragment rerun* (``_engine/fragments.py``): when every widget
of a batch was created inside @st.fragment functions (or a run_every timer fired, or
``st.rerun(scope="fragment")``), only those functions run again and the run's ``scope``
tells the page which blocks it rewrites.
"""

from __future__ import annotations

import logging
from typing import Any, Callable

from wasmlit import protocol
from wasmlit._engine import context as ctx_mod
from wasmlit._engine import navigation
from wasmlit._engine.control import RerunException, StopException
from wasmlit._engine.fragments import FragmentHandledException, FragmentRegistry, batch_scope
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
        self.fragments = FragmentRegistry()
        # False: widgets inside fragments rerun the whole app (Streamlit's own AppTest does that).
        self.fragment_reruns = True
        self._next_fragments: list[str] | None = None  # st.rerun(scope="fragment") asked for these
        self._sent_timers: dict[str, float] = {}
        self._main_extent = 0  # how many slots the last full run wrote in main

    # ------------------------------------------------------------ page messages

    def handle_batch(self, messages: list[dict[str, Any]]) -> bool:
        """Apply a batch of page messages as ONE run. Returns True when a rerun was requested."""
        updates: list[dict[str, Any]] = []
        wants_run = full = False
        requested: list[str] = []
        for message in messages:
            kind = message.get("type")
            if kind == "interaction":
                updates.extend(message.get("updates", []))
                wants_run = True
            elif kind == "rerun":
                # The rerun that follows st.rerun(scope="fragment") reruns those fragments only.
                if self._next_fragments is not None:
                    requested += self._next_fragments
                else:
                    full = True
                self._next_fragments = None
                wants_run = True
            elif kind == "fragment_rerun":
                requested += [str(i) for i in message.get("fragment_ids", [])]
                wants_run = True
            elif kind in navigation.PAGE_MESSAGES:  # navigate (a full run) / client_context (none)
                if navigation.apply_page_message(self, message):
                    wants_run = full = True
            elif kind == "source_changed":
                self.script.invalidate()
                navigation.for_session(self).invalidate()
                wants_run = full = True
            else:
                log.warning("wasmlit: ignoring unknown page message %r", kind)
        if not wants_run:
            return False
        fragment_ids = batch_scope(self.fragments, self.state, updates, requested,
                                   full or not self.fragment_reruns)
        if fragment_ids == [] and not updates:
            return False  # only timers of fragments that are gone
        return self.run(updates, fragment_ids=fragment_ids or None) == "rerun"

    # ------------------------------------------------------------ one run

    def run(self, updates: list[dict[str, Any]] | None = None, *,
            fragment_ids: list[str] | None = None) -> protocol.RunStatus:
        """One run: the whole script, or only the fragments ``fragment_ids``."""
        self._run_id += 1
        run = ctx_mod.RunContext(run_id=self._run_id, session=self, post=self._post, started=False)
        self._set_scope(run, fragment_ids)
        self.state.on_interaction_start()
        callbacks = self._apply_updates(updates or [])
        run.submitted_forms = self._submitted_forms(updates or [])
        ctx_mod.set_run_context(run)
        status: protocol.RunStatus = "error"
        finished_scope = run.scope
        try:
            status = self._run_callbacks(run, callbacks)
            if status == "callback_error":
                status, finished_scope = "error", []  # the page stays; the exception follows it
            elif status == "ok":
                run.start()
                status = self._run_fragments(run) if run.fragment_ids is not None else self._run_script(run)
                finished_scope = run.scope
        except KeyboardInterrupt:  # the page's Stop (Pyodide's interrupt buffer): ends the run like st.stop()
            status = "stopped"
        finally:
            ctx_mod.set_run_context(None)
            run.start()
            self._clear_submitted_forms(run)
            self.state.on_run_end(completed=status == "ok", fragment_ids=run.fragment_ids)
            self.fragments.end_run(run, completed=status == "ok")
        if run.fragment_ids is None and status == "ok":
            self._main_extent = run.cursors.get((protocol.Root.MAIN,), 0)
        self.last_status = status
        self._post({"type": "run_finished", "run_id": run.run_id, "status": status, "scope": finished_scope})
        self._post_timers()
        return status

    def _set_scope(self, run: ctx_mod.RunContext, fragment_ids: list[str] | None) -> None:
        """A fragment rerun covers those fragments' blocks; ``None`` is the whole page."""
        run.fragment_ids = fragment_ids
        run.scope_paths = [] if fragment_ids is None else [
            tuple(p) for p in self.fragments.scope_of(fragment_ids)]
        run.scope = None if fragment_ids is None else [list(p) for p in run.scope_paths]

    def _post_timers(self) -> None:
        """The page runs the run_every timers: tell it whenever the set changes."""
        timers = self.fragments.timers()
        if timers != self._sent_timers:
            self._sent_timers = timers
            self._post({"type": "fragment_timers", "timers": timers})

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

    def _run_callbacks(self, run: ctx_mod.RunContext, callbacks: list[Callable[[], Any]]) -> str:
        """Run the interaction's callbacks; "callback_error" when one raised (shown, no script run).

        ``st.rerun()`` in a callback is coalesced into this run (1.67): the app scope turns a
        fragment rerun into a full run, a fragment key reruns those fragments instead."""
        run.in_callback = True
        try:
            for callback in callbacks:
                try:
                    callback()
                except RerunException as exc:
                    self._set_scope(run, exc.fragment_ids)
                    return "ok"
                except StopException:
                    return "stopped"
                except Exception as exc:  # a broken callback: show it, do not run the script
                    self._show_callback_exception(run, exc)
                    return "callback_error"
        finally:
            run.in_callback = False
        return "ok"

    def _show_callback_exception(self, run: ctx_mod.RunContext, exc: Exception) -> None:
        """The exception goes after the page, which stays as it was, so the next interaction works.

        (Streamlit 1.67 leaves only the exception on the page; its "Rerun" menu is the way back.)"""
        run.cursors[(protocol.Root.MAIN,)] = max(run.cursors.get((protocol.Root.MAIN,), 0), self._main_extent)
        self._show_exception(exc)

    def _run_fragments(self, run: ctx_mod.RunContext) -> protocol.RunStatus:
        """Rerun each fragment of the run in its own block; an exception shows in the fragment."""
        self.state.on_script_start()
        status: protocol.RunStatus = "ok"
        done: set[str] = set()
        for fragment_id in self.fragments.order(run.fragment_ids or []):
            fragment = self.fragments.get(fragment_id)
            if fragment is None or self.fragments.has_ancestor_in(fragment_id, done):
                continue  # gone since the page asked, or redrawn by its enclosing fragment already
            done.add(fragment_id)
            run.queued_fragment = fragment_id
            try:
                fragment.rerun()
            except RerunException as exc:
                self._next_fragments = exc.fragment_ids
                return "rerun"
            except StopException:
                return "stopped"
            except FragmentHandledException:
                status = "error"
        return status

    def _run_script(self, run: ctx_mod.RunContext) -> protocol.RunStatus:
        from wasmlit.st.navigation import run_app
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
            run_app(self, magic_write)  # the main script, or the pages/ folder's page
        except RerunException as exc:
            self._next_fragments = exc.fragment_ids
            return "rerun"
        except StopException:
            return "stopped"
        except FragmentHandledException:
            return "error"  # already shown inside the fragment
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
