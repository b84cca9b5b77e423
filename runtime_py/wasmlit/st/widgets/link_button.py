"""st.link_button: an anchor styled as a button; it opens ``url`` in a new tab.

As in Streamlit 1.67 it is a plain element (the call returns a DeltaGenerator) unless
``on_click`` is "rerun" or a callback: then it is also a trigger widget that is True
for the run after a click, and the call returns that bool.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit._engine import context as ctx_mod
from wasmlit.errors import StreamlitDuplicateElementKey, StreamlitValueError
from wasmlit.st.widgets._modes import callback_of
from wasmlit.st.widgets.button import BUTTON_KINDS, button_props, register_trigger

if TYPE_CHECKING:
    from wasmlit.st.delta_generator import DeltaGenerator


class LinkButtonMixin:
    def link_button(self: "DeltaGenerator", label: str, url: str, *, key: str | int | None = None,
                    on_click: Any = "ignore", args: Any = None, kwargs: Any = None, help: str | None = None,
                    type: str = "secondary", icon: str | None = None, icon_position: str = "left",
                    disabled: bool = False, use_container_width: bool | None = None, width: Any = "content",
                    shortcut: str | None = None, wrap: bool | None = None) -> Any:
        if type not in BUTTON_KINDS:
            raise StreamlitValueError("type", "'primary', 'secondary', 'tertiary'")
        label = "" if label is None else str(label)
        callback = callback_of(on_click, "on_click")
        reruns = on_click != "ignore"
        props = {**button_props(label, help, type, icon, disabled, use_container_width, width), "url": str(url),
                 "on_click": "rerun" if reruns else "ignore"}
        if not reruns:
            if key is not None:  # a keyed link is still an element with a unique key
                run = ctx_mod.get_run_context()
                if str(key) in run.widget_keys:
                    raise StreamlitDuplicateElementKey(str(key))
                run.widget_keys.add(str(key))
            return self._enqueue("link_button", props)  # type: ignore[arg-type]
        clicked, widget_id = register_trigger(
            self, "link_button", label, key, {"icon": icon, "url": str(url), "help": help, "type": type,
                                              "width": repr(width), "icon_position": icon_position},
            callback, args, kwargs, disabled)
        self._enqueue("link_button", props, widget_id)  # type: ignore[arg-type]
        return bool(clicked)
