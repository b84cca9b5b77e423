"""``st.session_state``: one per session, with Streamlit's rules for widget keys.

Storage model:
- ``_user`` holds values assigned through the API (``ss.k = v``). A value assigned
  to a widget's key waits here until the widget is created, which adopts it.
- ``_widget_values`` holds every live widget's value by widget id; keyed widgets
  are reachable by key through ``_key_to_id``.
- Reads look in ``_user`` first, then the widget bound to the key.
- At the end of a completed run, widgets that were not rendered are dropped with
  their keys (Streamlit's widget cleanup).
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Iterator, MutableMapping
from dataclasses import dataclass, field
from typing import Any, Callable

from wasmlit.errors import (
    StreamlitAPIException,
    StreamlitValueAssignmentNotAllowedError,
    StreamlitValueError,
    StreamlitWidgetAlreadyInstantiatedError,
)

log = logging.getLogger("wasmlit")

DOCS_URL = "https://docs.streamlit.io/develop/concepts/architecture/session-state"
RESERVED_PREFIX = "$$ID"


@dataclass
class WidgetMeta:
    """What the session needs to apply a page update to a widget created in an earlier run."""

    id: str
    kind: str
    key: str | None
    deserialize: Callable[[Any], Any]  # page wire value -> Python value
    on_change: Callable[..., Any] | None = None
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    is_trigger: bool = False  # buttons: True for the one run caused by a click
    disabled: bool = False
    # Python value -> wire value: what the page would send for it (used by the test harness).
    serialize: Callable[[Any], Any] = lambda value: value
    form_id: str | None = None  # the st.form the widget is in (its value is sent on submit)
    fragment_id: str | None = None  # the @st.fragment it was created in: its changes rerun only that
    trigger_reset: Any = False  # what a trigger holds between runs (st.chat_input: None)


def _check_key(key: str) -> None:
    if key == "":
        raise StreamlitValueError("key", "a non-empty string")
    if key.startswith(RESERVED_PREFIX):
        raise StreamlitAPIException(f"Keys beginning with {RESERVED_PREFIX} are reserved.")


class SessionState:
    def __init__(self) -> None:
        self._user: dict[str, Any] = {}
        self._widget_values: dict[str, Any] = {}
        self._widget_meta: dict[str, WidgetMeta] = {}
        self._key_to_id: dict[str, str] = {}
        self._set_this_run: set[str] = set()
        self._created_this_run: set[str] = set()
        self._keys_created_this_run: set[str] = set()
        self._warned_duplicate_default = False
        # Triggers (buttons) that held a click during the run that just ended: AppTest's
        # ``button.value`` reads True after the run a click caused, as Streamlit's does.
        self.last_run_triggers: frozenset[str] = frozenset()

    # ------------------------------------------------------------ mapping core

    def _widget_key_value(self, key: str) -> tuple[bool, Any]:
        widget_id = self._key_to_id.get(key)
        if widget_id is not None and widget_id in self._widget_values:
            return True, self._widget_values[widget_id]
        return False, None

    def get_item(self, key: str) -> Any:
        if key in self._user:
            return self._user[key]
        found, value = self._widget_key_value(key)
        if found:
            return value
        raise KeyError(key)

    def set_item(self, key: str, value: Any) -> None:
        _check_key(key)
        if key in self._keys_created_this_run:  # read-only widgets too (1.67): it is already on the page
            raise StreamlitWidgetAlreadyInstantiatedError(key)
        self._user[key] = value
        self._set_this_run.add(key)

    def del_item(self, key: str) -> None:
        found = False
        if key in self._user:
            del self._user[key]
            found = True
        widget_id = self._key_to_id.pop(key, None)
        if widget_id is not None and widget_id in self._widget_values:
            del self._widget_values[widget_id]
            found = True
        if not found:
            raise KeyError(key)

    def keys(self) -> set[str]:
        bound = {k for k, wid in self._key_to_id.items() if wid in self._widget_values}
        return set(self._user) | bound

    def clear(self) -> None:
        for key in list(self.keys()):
            self.del_item(key)

    # ------------------------------------------------------------ widgets

    def register_widget(
        self,
        meta: WidgetMeta,
        default: Any,
        *,
        readonly_key: bool = False,
        disable_default_warning: bool = False,
    ) -> Any:
        """Adopt the value a widget has in this run and remember how to update it.

        Order of precedence: a value assigned to its key through the API, then the
        value it already has (from the page or an earlier run), then ``default``.
        """
        key = meta.key
        if key is not None:
            _check_key(key)
            if readonly_key and key in self._set_this_run and key in self._user:
                raise StreamlitValueAssignmentNotAllowedError(key)
            old_id = self._key_to_id.get(key)
            if old_id is not None and old_id != meta.id:
                # The widget's identity changed (e.g. a slider's range): its old value no longer applies.
                self._widget_values.pop(old_id, None)
            self._key_to_id[key] = meta.id
            self._keys_created_this_run.add(key)
        self._widget_meta[meta.id] = meta
        self._created_this_run.add(meta.id)

        if key is not None and key in self._user:
            if (key in self._set_this_run and default is not None and not disable_default_warning
                    and not self._warned_duplicate_default):
                self._warned_duplicate_default = True
                log.warning('The widget with key "%s" was created with a default value but also '
                            "had its value set via the Session State API.", key)
            self._widget_values[meta.id] = self._user.pop(key)
        elif meta.id not in self._widget_values:
            self._widget_values[meta.id] = default
        return copy.deepcopy(self._widget_values[meta.id])

    def apply_update(self, widget_id: str, wire_value: Any) -> Callable[[], Any] | None:
        """Apply one value sent by the page. Returns the callback to run, if any."""
        meta = self._widget_meta.get(widget_id)
        if meta is None or meta.disabled:
            return None  # a widget of an older page, or one the user cannot change
        value = meta.deserialize(wire_value)
        changed = meta.is_trigger or value != self._widget_values.get(widget_id)
        self._widget_values[widget_id] = value
        if meta.key is not None:
            self._user.pop(meta.key, None)
        if changed and meta.on_change is not None:
            callback, args, kwargs = meta.on_change, meta.args, meta.kwargs
            return lambda: callback(*args, **kwargs)
        return None

    def assigned_this_run(self, key: str) -> bool:
        """``ss[key] = ...`` ran in this run (read-only keys, e.g. an st.form's, refuse it)."""
        return key in self._set_this_run and key in self._user

    def has_api_value(self, key: str) -> bool:
        """A value assigned to ``key`` through the API waits for its widget (which adopts it)."""
        return key in self._user

    def widget_value(self, widget_id: str) -> Any:
        return self._widget_values.get(widget_id)

    def widget_meta(self, widget_id: str) -> WidgetMeta | None:
        """How the widget registered in its last run (None for a widget that is gone)."""
        return self._widget_meta.get(widget_id)

    def seed(self, key: str, value: Any) -> None:
        """Set ``key`` from outside any run (the test harness, between runs).

        Between runs no widget is "being instantiated", so the in-run assignment
        rules do not apply; the next run's widget with this key adopts the value.
        """
        _check_key(key)
        self._user[key] = value

    def set_widget_value(self, widget_id: str, value: Any) -> None:
        """Change a widget's value from the runtime itself (e.g. a form cleared on submit)."""
        self._widget_values[widget_id] = value

    # ------------------------------------------------------------ run lifecycle

    def on_interaction_start(self) -> None:
        """Callbacks of an interaction belong to the run they trigger."""
        self._set_this_run.clear()
        self._created_this_run.clear()
        self._keys_created_this_run.clear()

    def on_script_start(self) -> None:
        self._created_this_run.clear()
        self._keys_created_this_run.clear()

    def on_run_end(self, completed: bool, fragment_ids: list[str] | None = None) -> None:
        """Reset triggers; after a completed run, forget widgets that were not rendered.

        After a fragment rerun (``fragment_ids``) only those fragments' widgets can be forgotten."""
        fired = set()
        for widget_id, meta in self._widget_meta.items():
            if meta.is_trigger and widget_id in self._widget_values:
                if self._widget_values[widget_id] is True:
                    fired.add(widget_id)
                self._widget_values[widget_id] = meta.trigger_reset
        self.last_run_triggers = frozenset(fired)
        if completed:
            for widget_id in list(self._widget_meta):
                if widget_id not in self._created_this_run and (
                        fragment_ids is None or self._widget_meta[widget_id].fragment_id in fragment_ids):
                    meta = self._widget_meta.pop(widget_id)
                    self._widget_values.pop(widget_id, None)
                    if meta.key is not None and self._key_to_id.get(meta.key) == widget_id:
                        del self._key_to_id[meta.key]
        self._set_this_run.clear()

    def filtered_dict(self) -> dict[str, Any]:
        return {k: self.get_item(k) for k in self.keys()}


class SessionStateProxy(MutableMapping[str, Any]):
    """What ``st.session_state`` is: the running session's state, as a mapping and an object."""

    def __init__(self, get_state: Callable[[], SessionState]) -> None:
        object.__setattr__(self, "_get_state", get_state)

    @property
    def _state(self) -> SessionState:
        return self._get_state()

    def __getitem__(self, key: Any) -> Any:
        key = str(key)
        try:
            return self._state.get_item(key)
        except KeyError:
            raise KeyError(_missing("key", key)) from None

    def __setitem__(self, key: Any, value: Any) -> None:
        self._state.set_item(str(key), value)

    def __delitem__(self, key: Any) -> None:
        key = str(key)
        try:
            self._state.del_item(key)
        except KeyError:
            raise KeyError(_missing("key", key)) from None

    def __getattr__(self, key: str) -> Any:
        try:
            return self._state.get_item(key)
        except KeyError:
            raise AttributeError(_missing("attribute", key)) from None

    def __setattr__(self, key: str, value: Any) -> None:
        self._state.set_item(key, value)

    def __delattr__(self, key: str) -> None:
        try:
            self._state.del_item(key)
        except KeyError:
            raise AttributeError(_missing("attribute", key)) from None

    def __contains__(self, key: object) -> bool:
        return str(key) in self._state.keys()

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._state.keys()))

    def __len__(self) -> int:
        return len(self._state.keys())

    def clear(self) -> None:
        self._state.clear()

    def to_dict(self) -> dict[str, Any]:
        return self._state.filtered_dict()

    def __repr__(self) -> str:
        return repr(self.to_dict())

    __str__ = __repr__


def _missing(kind: str, key: str) -> str:
    return (f'st.session_state has no {kind} "{key}". Did you forget to initialize it? '
            f"More info: {DOCS_URL}#initialization")
