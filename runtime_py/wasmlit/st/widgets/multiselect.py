"""st.multiselect: pick any number of options; the value is a list of option objects."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from wasmlit.errors import StreamlitAPIException
from wasmlit.st.widgets._options import Options, to_option_list
from wasmlit.st.widgets._registry import WidgetSpec, common_props, register, replace_value

if TYPE_CHECKING:
    from wasmlit.st.delta_generator import DeltaGenerator


def _default_list(default: Any, opts: Options) -> list[Any]:
    if default is None:
        return []
    if isinstance(default, (str, bytes)) or not _is_iterable(default) or opts.contains(default):
        values = [default]
    else:
        values = to_option_list(default)
    for value in values:
        if not opts.contains(value):
            raise StreamlitAPIException(
                f"The default value '{value}' is not part of the options. "
                "Please make sure that every default values also exists in the options.")
    return values


def _is_iterable(obj: Any) -> bool:
    try:
        iter(obj)
    except TypeError:
        return False
    return True


def _too_many(count: int, max_selections: int) -> StreamlitAPIException:
    return StreamlitAPIException(
        f"Multiselect has {count} options selected but `max_selections` is set to {max_selections}. "
        "This happened because you either gave too many options to `default` or you manipulated "
        "the widget's state through `st.session_state`. Note that the latter can happen before the "
        f"line indicating the error. Please select at most {max_selections} options.")


class MultiselectMixin:
    def multiselect(self: "DeltaGenerator", label: str, options: Any, default: Any = None,
                    format_func: Callable[[Any], Any] = str, key: str | int | None = None,
                    help: str | None = None, on_change: Callable[..., Any] | None = None, args: Any = None,
                    kwargs: Any = None, *, max_selections: int | None = None, placeholder: str | None = None,
                    disabled: bool = False, label_visibility: str = "visible",
                    accept_new_options: bool = False, width: Any = None) -> list[Any]:
        opts = Options(options, format_func)
        defaults = _default_list(default, opts)
        if max_selections is not None and len(defaults) > max_selections:
            raise _too_many(len(defaults), max_selections)

        def deserialize(wire: Any) -> list[Any]:
            if wire is None:
                return []
            out = []
            for item in wire:
                if isinstance(item, str) and accept_new_options:
                    out.append(opts.values[opts.formatted.index(item)] if item in opts.formatted else item)
                elif item is not None and not isinstance(item, bool) and 0 <= int(item) < len(opts):
                    out.append(opts.values[int(item)])
            return out

        value, widget_id = register(self, WidgetSpec(
            kind="multiselect", label=str(label), key=key, default=defaults,
            identity={"options": opts.formatted, "default": [opts.index_of(d) for d in defaults], "help": help,
                      "max_selections": max_selections, "placeholder": placeholder,
                      "accept_new_options": bool(accept_new_options)},
            keyed_identity={"max_selections": max_selections, "accept_new_options": bool(accept_new_options)},
            deserialize=deserialize,
            serialize=lambda v: [opts.wire_index(x, "multiselect", accept_new_options) for x in (v or [])],
            on_change=on_change, args=args, kwargs=kwargs,
            disabled=disabled, label_visibility=label_visibility,
        ))
        if value is None:
            value = replace_value(widget_id, [])
        elif not isinstance(value, list):
            value = replace_value(widget_id, _default_list(value, opts))
        shown = list(opts.formatted)
        wire: list[int] = []
        kept: list[Any] = []
        for item in value:
            i = opts.locate(item)
            if i is not None:
                wire.append(i)
                kept.append(opts.values[i])  # this run's option object
            elif accept_new_options and isinstance(item, str):
                shown.append(item)
                wire.append(len(shown) - 1)
                kept.append(item)
        if len(kept) != len(value) or any(a is not b for a, b in zip(kept, value)):
            value = replace_value(widget_id, kept)  # vanished options dropped, current objects kept
        if max_selections is not None and len(value) > max_selections:
            raise _too_many(len(value), max_selections)
        self._enqueue("multiselect", {
            **common_props(str(label), help, disabled, label_visibility),
            "options": shown, "value": wire, "max_selections": max_selections, "placeholder": placeholder,
            "accept_new_options": bool(accept_new_options),
        }, widget_id)
        return list(value)
