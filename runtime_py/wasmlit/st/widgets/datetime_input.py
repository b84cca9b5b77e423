"""st.datetime_input: a date and a time of day in one widget; returns a naive ``datetime``
(seconds and microseconds dropped, a timezone removed) or None.

Wire value: ``"YYYY-MM-DDTHH:MM"`` (what ``<input type="datetime-local">`` gives) or
null for an empty field. Bounds default to 10 years either side of the value (00:00 /
23:59), as in Streamlit 1.67.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from wasmlit.errors import (
    StreamlitInvalidMinMaxError,
    StreamlitInvalidParameterTypeError,
    StreamlitValueAboveMaxError,
    StreamlitValueBelowMinError,
    StreamlitValueError,
    StreamlitValueOutOfRangeError,
)
from wasmlit.st.widgets._modes import callback_of
from wasmlit.st.widgets._registry import WidgetSpec, common_props, register, replace_value
from wasmlit.st.widgets.date_time import DATE_FORMAT, _years_from

if TYPE_CHECKING:
    from wasmlit.st.delta_generator import DeltaGenerator

FORMATS = ("YYYY/MM/DD", "DD/MM/YYYY", "MM/DD/YYYY", "YYYY.MM.DD", "DD.MM.YYYY", "MM.DD.YYYY",
           "YYYY-MM-DD", "DD-MM-YYYY", "MM-DD-YYYY")
WIRE = "%Y-%m-%dT%H:%M"
MIDNIGHT, LAST_MINUTE = dt.time(0, 0), dt.time(23, 59)


def _normal(value: dt.datetime) -> dt.datetime:
    return value.replace(tzinfo=None, second=0, microsecond=0)


def to_datetime(value: Any, fallback_date: dt.date, fallback_time: dt.time) -> dt.datetime:
    """A datetime from what ``value``/``min_value``/``max_value`` accept (Streamlit's rules)."""
    if isinstance(value, str) and value == "now":
        return _normal(dt.datetime.now())
    if isinstance(value, dt.datetime):
        return _normal(value)
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, fallback_time)
    if isinstance(value, dt.time):
        return dt.datetime.combine(fallback_date, value.replace(second=0, microsecond=0, tzinfo=None))
    if isinstance(value, str):
        parsed = _parse_text(value.strip(), fallback_date, fallback_time)
        if parsed is not None:
            return parsed
    raise StreamlitInvalidParameterTypeError(
        f"Invalid `value` type. Expected one of: datetime, date, time, ISO string, \"now\". "
        f"Provided type: {type(value).__name__}.")


def _parse_text(text: str, fallback_date: dt.date, fallback_time: dt.time) -> dt.datetime | None:
    try:
        return _normal(dt.datetime.fromisoformat(text))
    except ValueError:
        pass
    for fmt in ("%Y/%m/%d %H:%M", "%Y/%m/%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S"):
        try:
            return dt.datetime.strptime(text, fmt)
        except ValueError:
            continue
    try:
        return dt.datetime.combine(dt.date.fromisoformat(text), fallback_time)
    except ValueError:
        pass
    try:
        return dt.datetime.combine(fallback_date, dt.time.fromisoformat(text).replace(second=0, microsecond=0))
    except ValueError:
        return None


def _step_seconds(step: Any) -> int:
    if isinstance(step, bool) or not isinstance(step, (int, dt.timedelta)):
        raise StreamlitInvalidParameterTypeError(
            f"Invalid `step` type. Expected one of: int, timedelta. Provided type: {type(step).__name__}.")
    seconds = int(step.total_seconds()) if isinstance(step, dt.timedelta) else step
    if not 60 <= seconds <= 23 * 3600:
        raise StreamlitValueOutOfRangeError(
            f"The `step` parameter, set to {seconds} seconds, is outside the required range "
            "[60 seconds, 23 hours].")
    return seconds


def _bounds(value: Any, min_value: Any, max_value: Any) -> tuple[dt.datetime | None, dt.datetime, dt.datetime]:
    today = dt.date.today()
    parsed = None if value is None else to_datetime(value, today, MIDNIGHT)
    base = parsed.date() if parsed is not None else today
    lo = (dt.datetime.combine(_years_from(base, -10), MIDNIGHT) if min_value is None
          else to_datetime(min_value, base, MIDNIGHT))
    hi = (dt.datetime.combine(_years_from(base, 10), LAST_MINUTE) if max_value is None
          else to_datetime(max_value, base, LAST_MINUTE))
    if lo > hi:
        raise StreamlitInvalidMinMaxError(lo, hi)
    if parsed is not None and parsed < lo:
        raise StreamlitValueBelowMinError(parsed, lo)
    if parsed is not None and parsed > hi:
        raise StreamlitValueAboveMaxError(parsed, hi)
    return parsed, lo, hi


class DateTimeInputMixin:
    def datetime_input(self: "DeltaGenerator", label: str, value: Any = "now", min_value: Any = None,
                       max_value: Any = None, *, key: str | int | None = None, help: str | None = None,
                       on_change: Any = "rerun", args: Any = None, kwargs: Any = None,
                       format: str = "YYYY/MM/DD", step: int | dt.timedelta = dt.timedelta(minutes=15),
                       disabled: bool = False, required: bool = False, label_visibility: str = "visible",
                       width: Any = "stretch", bind: Any = None, persist_state: Any = None) -> dt.datetime | None:
        callback = callback_of(on_change)
        default, lo, hi = _bounds(value, min_value, max_value)
        if not isinstance(format, str):
            raise StreamlitInvalidParameterTypeError(
                f"Invalid `format` type. Expected one of: str. Provided type: {type(format).__name__}.")
        if format not in FORMATS or not DATE_FORMAT.match(format):
            raise StreamlitValueError(
                "format", ", ".join(repr(f) for f in FORMATS) + f". Provided value: {format!r}")
        step_s = _step_seconds(step)
        explicit_bounds = min_value is not None or max_value is not None

        def deserialize(wire: Any) -> dt.datetime | None:
            if not wire:
                return None
            try:
                parsed = dt.datetime.strptime(str(wire)[:16], WIRE)
            except ValueError:
                return default
            return parsed if lo <= parsed <= hi else default

        def serialize(py: Any) -> str | None:
            return None if py is None else to_datetime(py, dt.date.today(), MIDNIGHT).strftime(WIRE)

        id_value = serialize(default) if isinstance(value, (dt.date, dt.time)) else value
        current, widget_id = register(self, WidgetSpec(
            kind="date_time_input", label=str(label), key=key, default=default,
            identity={"value": repr(id_value), "min_value": lo.strftime(WIRE), "max_value": hi.strftime(WIRE),
                      "help": help, "format": format, "step": step_s, "width": repr(width),
                      "required": bool(required)},
            keyed_identity={"format": format, "step": step_s},
            deserialize=deserialize, serialize=serialize, on_change=callback, args=args, kwargs=kwargs,
            disabled=disabled, label_visibility=label_visibility,
        ))
        if isinstance(current, dt.datetime):
            current = _normal(current)
            if explicit_bounds and not lo <= current <= hi:
                current = replace_value(widget_id, default)  # the bounds moved under a keyed widget
        self._enqueue("datetime_input", {
            **common_props(str(label), help, disabled, label_visibility),
            "value": serialize(current), "min": lo.strftime(WIRE), "max": hi.strftime(WIRE), "step": step_s,
            "format": format, "required": bool(required),
        }, widget_id)
        return current
