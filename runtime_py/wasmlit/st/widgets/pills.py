"""st.pills and st.segmented_control: one button-group widget drawn two ways.

Wire value: the list of selected option indices (at most one with
``selection_mode="single"``). The Python value is the option object (single) or a
list of them (multi), as Streamlit 1.67 returns. Each option travels as
``{content, icon}``: a leading emoji or ``:material/name:`` token of its label is
split off into ``icon``, as Streamlit does, and the page shows both as text.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, Any, Callable

from wasmlit.errors import (
    StreamlitAPIException,
    StreamlitDefaultNotInOptionsError,
    StreamlitIncompatibleParametersError,
    StreamlitValueError,
)
from wasmlit.st.widgets._modes import callback_of
from wasmlit.st.widgets._options import Options, to_option_list
from wasmlit.st.widgets._registry import WidgetSpec, common_props, register, replace_value

if TYPE_CHECKING:
    from wasmlit.st.delta_generator import DeltaGenerator

_MATERIAL = re.compile(r"^:material/[a-z0-9_]+:$")
_EMOJI_JOINERS = {"\u200d", "\ufe0f", "\ufe0e", "\u20e3"}


def _is_emoji(token: str) -> bool:
    """A run of pictographs (with joiners, variation selectors, skin tones, flags)."""
    if not token:
        return False
    for ch in token:
        if ch in _EMOJI_JOINERS or 0x1F3FB <= ord(ch) <= 0x1F3FF or 0x1F1E6 <= ord(ch) <= 0x1F1FF:
            continue
        if ord(ch) < 0x2190 or not unicodedata.category(ch).startswith("S"):
            return False
    return True


def split_icon(label: str) -> dict[str, Any]:
    """``{content, icon}``: the icon only when the first space-separated token is wholly one."""
    first, _, rest = label.partition(" ")
    if _MATERIAL.match(first.strip()) or _is_emoji(first.strip()):
        return {"content": rest, "icon": first.strip()}
    return {"content": label, "icon": None}


def _default_indices(opts: Options, default: Any) -> list[int]:
    if default is None:
        return []
    values = [default] if isinstance(default, (str, bytes)) or opts.contains(default) else to_option_list(default)
    indices = []
    for value in values:
        i = opts.index_of(value)
        if i is None:
            raise StreamlitDefaultNotInOptionsError(value)
        indices.append(i)
    return indices


class ButtonGroupMixin:
    def _button_group(self: "DeltaGenerator", style: str, label: str, options: Any, selection_mode: str,
                      default: Any, required: bool, format_func: Callable[[Any], Any] | None, key: Any,
                      help: str | None, on_change: Any, args: Any, kwargs: Any, disabled: bool,
                      label_visibility: str, width: Any) -> Any:
        if required and selection_mode == "multi":
            raise StreamlitIncompatibleParametersError(
                "required=True", "selection_mode='multi'",
                explanation="`required` is only supported for single-select mode.")
        opts = Options(options, format_func)
        defaults = _default_indices(opts, default)
        if selection_mode not in ("single", "multi"):
            raise StreamlitValueError("selection_mode", "'single', 'multi'")
        multi = selection_mode == "multi"
        if not multi and len(defaults) > 1:
            raise StreamlitAPIException(
                f"The default argument to `st.{style}` must be a single value when `selection_mode='single'`.")
        callback = callback_of(on_change)
        to_python = _converter(opts, multi)
        shown = [split_icon(text) for text in opts.formatted]
        value, widget_id = register(self, WidgetSpec(
            kind=style, label=str(label), key=key, default=to_python(defaults),
            identity={"options": repr(shown), "default": defaults, "selection_mode": selection_mode,
                      "help": help, "width": repr(width)},
            keyed_identity={"selection_mode": selection_mode},
            deserialize=lambda wire: to_python(_indices(wire, len(opts), multi)),
            serialize=lambda v: _wire(opts, v, multi), on_change=callback, args=args, kwargs=kwargs,
            disabled=disabled, label_visibility=label_visibility,
        ))
        value, wire = _sync(widget_id, opts, value, multi, to_python(defaults))
        self._enqueue("button_group", {
            **common_props(str(label), help, disabled, label_visibility),
            "options": shown, "value": wire, "selection_mode": selection_mode, "style": style,
            "required": bool(required), "width": width if isinstance(width, (int, str)) else "content",
        }, widget_id)
        return value

    def pills(self: "DeltaGenerator", label: str, options: Any, *, selection_mode: str = "single",
              default: Any = None, required: bool = False, format_func: Callable[[Any], Any] | None = None,
              key: str | int | None = None, help: str | None = None, on_change: Any = "rerun", args: Any = None,
              kwargs: Any = None, disabled: bool = False, label_visibility: str = "visible",
              width: Any = "content", wrap: bool | None = None, bind: Any = None, persist_state: Any = None) -> Any:
        return self._button_group("pills", label, options, selection_mode, default, required, format_func, key,
                                  help, on_change, args, kwargs, disabled, label_visibility, width)

    def segmented_control(self: "DeltaGenerator", label: str, options: Any, *, selection_mode: str = "single",
                          default: Any = None, required: bool = False,
                          format_func: Callable[[Any], Any] | None = None, key: str | int | None = None,
                          help: str | None = None, on_change: Any = "rerun", args: Any = None, kwargs: Any = None,
                          disabled: bool = False, label_visibility: str = "visible", width: Any = "content",
                          wrap: bool | None = None, bind: Any = None, persist_state: Any = None) -> Any:
        return self._button_group("segmented_control", label, options, selection_mode, default, required,
                                  format_func, key, help, on_change, args, kwargs, disabled, label_visibility,
                                  width)


def _converter(opts: Options, multi: bool) -> Callable[[list[int]], Any]:
    def to_python(indices: list[int]) -> Any:
        values = [opts.values[i] for i in indices]
        if multi:
            return values
        return values[0] if values else None
    return to_python


def _indices(wire: Any, count: int, multi: bool) -> list[int]:
    """The valid, distinct indices of a wire value (the page sends a list of numbers)."""
    out: list[int] = []
    for item in wire if isinstance(wire, list) else ([] if wire is None else [wire]):
        if isinstance(item, bool) or not isinstance(item, (int, float)):
            continue
        i = int(item)
        if 0 <= i < count and i not in out:
            out.append(i)
    return out if multi else out[:1]


def _wire(opts: Options, value: Any, multi: bool) -> list[int]:
    """The wire value for a Python value (what AppTest's set_value sends)."""
    items = (list(value) if isinstance(value, (list, tuple)) else [value]) if multi else [value]
    out = []
    for item in items:
        if item is None:
            continue
        i = opts.locate(item)
        if i is None:
            raise ValueError(f"{item!r} is not one of the options: {opts.formatted}")
        out.append(i)
    return out


def _sync(widget_id: str, opts: Options, value: Any, multi: bool, default: Any) -> tuple[Any, list[int]]:
    """This run's value as option objects of this run, and its wire form; a value that is no
    longer among the options (a keyed widget whose options changed, or a bad session_state
    value) falls back to the default (single) or is dropped from the list (multi)."""
    if multi:
        items = value if isinstance(value, list) else ([] if value is None else [value])
        wire = [i for i in (opts.locate(v) for v in items) if i is not None]
        kept = [opts.values[i] for i in wire]
        if not isinstance(value, list) or len(kept) != len(value) or any(a is not b for a, b in zip(kept, value)):
            value = replace_value(widget_id, kept)
        return list(value), wire
    if value is None:
        return None, []
    i = opts.locate(value)
    if i is None:
        value = replace_value(widget_id, default)
        return value, _wire(opts, value, False)
    if value is not opts.values[i]:
        value = replace_value(widget_id, opts.values[i])
    return value, [i]
