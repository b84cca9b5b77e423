"""st.slider (numbers, one value or a range) and st.select_slider (options)."""

from __future__ import annotations

import datetime
import numbers
from typing import TYPE_CHECKING, Any, Callable

from wasmlit.errors import StreamlitAPIException
from wasmlit.st.widgets._options import Options
from wasmlit.st.widgets._registry import WidgetSpec, common_props, register, replace_value
from wasmlit.st.widgets.number_input import check_format

if TYPE_CHECKING:
    from wasmlit.st.delta_generator import DeltaGenerator

_DEFAULTS = {
    "int": {"min": 0, "max": 100, "step": 1, "format": "%d"},
    "float": {"min": 0.0, "max": 1.0, "step": 0.01, "format": "%0.2f"},
}
_DATE_TYPES = (datetime.date, datetime.time, datetime.datetime, datetime.timedelta)


def _is_range(value: Any) -> bool:
    return isinstance(value, (list, tuple))


class SliderMixin:
    def slider(self: "DeltaGenerator", label: str, min_value: Any = None, max_value: Any = None,
               value: Any = None, step: Any = None, format: str | None = None, key: str | int | None = None,
               help: str | None = None, on_change: Callable[..., Any] | None = None, args: Any = None,
               kwargs: Any = None, *, disabled: bool = False, label_visibility: str = "visible",
               width: Any = None) -> Any:
        if value is None:
            value = min_value if min_value is not None else 0
        is_range = _is_range(value)
        values = list(value) if is_range else [value]
        if is_range and len(values) != 2:
            raise StreamlitAPIException(
                "Slider value should either be an int/float or a list/tuple of 2 ints/floats "
                f"(got {len(values)} items).")
        args_all = [*values, min_value, max_value, step]
        if any(isinstance(a, _DATE_TYPES) for a in args_all):
            raise StreamlitAPIException(
                "Date and time sliders are not supported yet by wasmlit: st.slider takes int or float "
                "values for now. Use st.select_slider with a list of dates instead.")
        given = [a for a in args_all if a is not None]
        for a in given:
            if isinstance(a, bool) or not isinstance(a, numbers.Real):
                raise StreamlitAPIException(
                    "Slider value should either be an int/float or a list/tuple of 2 ints/floats "
                    f"(got {type(a).__name__}).")
        all_ints = all(isinstance(a, numbers.Integral) for a in given)
        all_floats = all(not isinstance(a, numbers.Integral) for a in given)
        if not all_ints and not all_floats:
            raise StreamlitAPIException(
                "Slider value arguments must be of matching types."
                f"\n`min_value` has {type(min_value).__name__} type."
                f"\n`max_value` has {type(max_value).__name__} type."
                f"\n`step` has {type(step).__name__} type.")
        kind = "int" if all_ints else "float"
        cast = int if all_ints else float
        defaults = _DEFAULTS[kind]
        values = [cast(v) for v in values]
        min_value = cast(min_value) if min_value is not None else min(defaults["min"], *values)
        max_value = cast(max_value) if max_value is not None else max(defaults["max"], *values)
        step = cast(step) if step is not None else defaults["step"]
        if min_value == max_value:
            raise StreamlitAPIException(
                "Slider `min_value` must be less than the `max_value`."
                f"\nThe values were {min_value} and {max_value}.")
        if step <= 0:
            raise StreamlitAPIException(f"Slider `step` must be greater than 0 (got {step}).")
        if format is None:
            format = defaults["format"]
        check_format(format, cast(1), "st.slider")
        default = tuple(values) if is_range else values[0]

        def deserialize(wire: Any) -> Any:
            items = list(wire) if isinstance(wire, (list, tuple)) else [wire]
            items = [cast(v) for v in items]
            if is_range:
                return tuple(sorted(items)) if len(items) == 2 else default
            return items[0]

        current, widget_id = register(self, WidgetSpec(
            kind="slider", label=str(label), key=key, default=default,
            identity={"min": min_value, "max": max_value, "value": default, "step": step, "format": format,
                      "help": help},
            keyed_identity={"min": min_value, "max": max_value, "step": step},
            deserialize=deserialize, serialize=lambda v: list(v) if _is_range(v) else [v],
            on_change=on_change, args=args, kwargs=kwargs,
            disabled=disabled, label_visibility=label_visibility,
        ))
        if _is_range(current) != is_range:  # a stored value of the other shape (state set by the app)
            current = replace_value(widget_id, default)
        if is_range:
            current = tuple(current)
        wire = list(current) if is_range else [current]
        self._enqueue("slider", {
            **common_props(str(label), help, disabled, label_visibility),
            "value": wire, "min": min_value, "max": max_value, "step": step, "format": format,
            "is_int": kind == "int", "is_range": is_range,
        }, widget_id)
        return current

    def select_slider(self: "DeltaGenerator", label: str, options: Any = (), value: Any = None,
                      format_func: Callable[[Any], Any] = str, key: str | int | None = None,
                      help: str | None = None, on_change: Callable[..., Any] | None = None, args: Any = None,
                      kwargs: Any = None, *, disabled: bool = False, label_visibility: str = "visible",
                      width: Any = None) -> Any:
        opts = Options(options, format_func)
        if len(opts) == 0:
            raise StreamlitAPIException("The `options` argument needs to be non-empty")
        is_range = _is_range(value) and len(value) == 2 and not opts.contains(value)
        if value is None:
            indices = [0]
        else:
            wanted = list(value) if is_range else [value]
            indices = []
            for v in wanted:
                i = opts.index_of(v)
                if i is None:
                    raise StreamlitAPIException(f"Select slider value '{v}' is not part of the options.")
                indices.append(i)
            indices.sort()
        default = tuple(opts.values[i] for i in indices) if is_range else opts.values[indices[0]]

        def deserialize(wire: Any) -> Any:
            items = list(wire) if isinstance(wire, (list, tuple)) else [wire]
            picked = sorted(int(i) for i in items if i is not None and 0 <= int(i) < len(opts))
            if is_range:
                return tuple(opts.values[i] for i in picked) if len(picked) == 2 else default
            return opts.values[picked[0]] if picked else default

        current, widget_id = register(self, WidgetSpec(
            kind="select_slider", label=str(label), key=key, default=default,
            identity={"options": opts.formatted, "value": indices, "help": help},
            deserialize=deserialize,
            serialize=lambda v: [opts.wire_index(x, "select_slider") for x in (v if is_range else [v])],
            on_change=on_change, args=args, kwargs=kwargs,
            disabled=disabled, label_visibility=label_visibility,
        ))
        items = list(current) if is_range and _is_range(current) else [current]
        located = [opts.locate(v) for v in items]
        if any(i is None for i in located) or len(located) != len(indices):
            current = replace_value(widget_id, default)
            wire = list(indices)
        else:
            wire = [int(i) for i in located if i is not None]
            picked = tuple(opts.values[i] for i in wire)
            current = replace_value(widget_id, picked if is_range else picked[0])
        self._enqueue("select_slider", {
            **common_props(str(label), help, disabled, label_visibility),
            "options": opts.formatted, "value": wire, "is_range": is_range,
        }, widget_id)
        return current
