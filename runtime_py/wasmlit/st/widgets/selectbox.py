"""st.selectbox and st.radio: pick one option; the value is the option object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from wasmlit.errors import StreamlitAPIException, StreamlitInvalidParameterTypeError, StreamlitValueOutOfRangeError
from wasmlit.st.widgets._options import Options
from wasmlit.st.widgets._registry import WidgetSpec, common_props, register, replace_value

if TYPE_CHECKING:
    from wasmlit.st.delta_generator import DeltaGenerator


def _check_index(widget: str, index: Any, count: int) -> None:
    """Streamlit 1.67's checks, the same for st.selectbox and st.radio."""
    if index is None:
        return
    if not isinstance(index, int):
        raise StreamlitInvalidParameterTypeError(
            f"Invalid `index` type. Expected one of: int, None. Provided type: {type(index).__name__}.")
    if count > 0 and not 0 <= index < count:
        raise StreamlitValueOutOfRangeError(
            f"The `index` parameter, set to {index}, is outside the required range [0, {count - 1}].")


def _current_option(widget_id: str, stored: Any, option: Any) -> Any:
    """Return (and store) this run's option object, not an equal copy from an earlier run."""
    return stored if stored is option else replace_value(widget_id, option)


class SelectboxMixin:
    def selectbox(self: "DeltaGenerator", label: str, options: Any, index: int | None = 0,
                  format_func: Callable[[Any], Any] = str, key: str | int | None = None,
                  help: str | None = None, on_change: Callable[..., Any] | None = None, args: Any = None,
                  kwargs: Any = None, *, placeholder: str | None = None, disabled: bool = False,
                  label_visibility: str = "visible", accept_new_options: bool = False,
                  width: Any = None) -> Any:
        opts = Options(options, format_func)
        _check_index("Selectbox", index, len(opts))
        default = opts.values[index] if index is not None and len(opts) else None

        def deserialize(wire: Any) -> Any:
            if isinstance(wire, str) and accept_new_options:
                # The page sends text the user typed: an existing option's label, or a new option.
                i = opts.formatted.index(wire) if wire in opts.formatted else None
                return opts.values[i] if i is not None else wire
            return opts.at(wire)

        value, widget_id = register(self, WidgetSpec(
            kind="selectbox", label=str(label), key=key, default=default,
            identity={"options": opts.formatted, "index": index, "help": help, "placeholder": placeholder,
                      "accept_new_options": bool(accept_new_options)},
            keyed_identity={"accept_new_options": bool(accept_new_options)},
            deserialize=deserialize, serialize=lambda v: opts.wire_index(v, "selectbox", accept_new_options),
            on_change=on_change, args=args, kwargs=kwargs,
            disabled=disabled, label_visibility=label_visibility,
        ))
        shown = list(opts.formatted)
        wire = None
        if value is not None:
            wire = opts.locate(value)
            if wire is not None:
                value = _current_option(widget_id, value, opts.values[wire])
            elif accept_new_options and isinstance(value, str):
                shown.append(value)  # a new option the user typed stays selectable
                wire = len(shown) - 1
            else:
                value = replace_value(widget_id, default)  # options changed under a keyed widget
                wire = None if value is None else opts.index_of(value)
        self._enqueue("selectbox", {
            **common_props(str(label), help, disabled, label_visibility),
            "options": shown, "value": wire, "placeholder": placeholder,
            "accept_new_options": bool(accept_new_options),
        }, widget_id)
        return value

    def radio(self: "DeltaGenerator", label: str, options: Any, index: int | None = 0,
              format_func: Callable[[Any], Any] = str, key: str | int | None = None, help: str | None = None,
              on_change: Callable[..., Any] | None = None, args: Any = None, kwargs: Any = None, *,
              disabled: bool = False, horizontal: bool = False, captions: Any = None,
              label_visibility: str = "visible", width: Any = None) -> Any:
        opts = Options(options, format_func)
        _check_index("Radio", index, len(opts))
        caption_list = None if captions is None else [str(c) for c in captions]
        if caption_list is not None and len(caption_list) != len(opts):
            raise StreamlitAPIException("Radio captions must be the same length as the radio options.")
        default = opts.values[index] if index is not None and len(opts) else None
        value, widget_id = register(self, WidgetSpec(
            kind="radio", label=str(label), key=key, default=default,
            identity={"options": opts.formatted, "index": index, "help": help, "horizontal": bool(horizontal),
                      "captions": caption_list},
            deserialize=opts.at, serialize=lambda v: opts.wire_index(v, "radio"),
            on_change=on_change, args=args, kwargs=kwargs,
            disabled=disabled, label_visibility=label_visibility,
        ))
        wire = None if value is None else opts.locate(value)
        if value is not None and wire is None:
            value = replace_value(widget_id, default)
            wire = None if value is None else opts.index_of(value)
        elif wire is not None:
            value = _current_option(widget_id, value, opts.values[wire])
        self._enqueue("radio", {
            **common_props(str(label), help, disabled, label_visibility),
            "options": opts.formatted, "value": wire, "horizontal": bool(horizontal), "captions": caption_list,
        }, widget_id)
        return value
