"""st.date_input and st.time_input.

Wire values: a date input sends a list of ISO dates (``[]`` = no date, one item, or
two for a range); a time input sends ``"HH:MM"`` (or ``"HH:MM:SS"``) or null.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any, Callable

from wasmlit.errors import StreamlitAPIException
from wasmlit.st.widgets._registry import WidgetSpec, common_props, register

if TYPE_CHECKING:
    from wasmlit.st.delta_generator import DeltaGenerator

DATE_FORMAT = re.compile(r"^(YYYY([/.\-])MM\2DD|DD([/.\-])MM\3YYYY|MM([/.\-])DD\4YYYY)$")
ONE_DAY = 24 * 60 * 60


def _parse_date(value: Any, name: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        if value in ("today", "default_value_today"):
            return dt.date.today()
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    if type(value).__name__ == "Timestamp" and hasattr(value, "date"):  # pandas
        return value.date()
    raise StreamlitAPIException(
        f"Date `{name}` should either be a date/datetime or an ISO string or \"today\"; got {value!r}.")


def _years_from(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


class DateTimeMixin:
    def date_input(self: "DeltaGenerator", label: str, value: Any = "today", min_value: Any = None,
                   max_value: Any = None, key: str | int | None = None, help: str | None = None,
                   on_change: Callable[..., Any] | None = None, args: Any = None, kwargs: Any = None, *,
                   format: str = "YYYY/MM/DD", disabled: bool = False, label_visibility: str = "visible",
                   width: Any = None) -> Any:
        if not isinstance(format, str) or not DATE_FORMAT.match(format):
            raise StreamlitAPIException(
                f"The provided format (`{format}`) is not valid. DateInput format should be one of "
                "`YYYY/MM/DD`, `DD/MM/YYYY`, or `MM/DD/YYYY` and can also use a period (.) or hyphen (-) "
                "as separators.")
        is_range = isinstance(value, (list, tuple))
        if is_range:
            if len(value) > 2:
                raise StreamlitAPIException(
                    "DateInput value should either be an date/datetime or a list/tuple of 0 - 2 "
                    "date/datetime values")
            days = [_parse_date(v, "value") for v in value]
        else:
            days = [] if value is None else [_parse_date(value, "value")]
        anchor = days[0] if days else dt.date.today()
        lo = _parse_date(min_value, "min_value") if min_value is not None else _years_from(anchor, -10)
        hi = _parse_date(max_value, "max_value") if max_value is not None else _years_from(
            days[-1] if days else anchor, 10)
        if lo > hi:
            raise StreamlitAPIException(
                f"The `min_value`, set to {lo}, shouldn't be larger than the `max_value`, set to {hi}.")
        for day in days:
            if not lo <= day <= hi:
                raise StreamlitAPIException(
                    f"The default `value` of {day} must lie between the `min_value` of {lo} and the "
                    f"`max_value` of {hi}, inclusively.")

        def to_python(days_: list[dt.date]) -> Any:
            if is_range:
                return tuple(days_)
            return days_[0] if days_ else None

        def deserialize(wire: Any) -> Any:
            parsed = []
            for item in (wire or [])[:2 if is_range else 1]:
                try:
                    parsed.append(min(max(dt.date.fromisoformat(str(item)[:10]), lo), hi))
                except ValueError:
                    continue
            return to_python(parsed)

        def serialize(py: Any) -> list[str]:
            if py is None:
                return []
            items = list(py) if isinstance(py, (list, tuple)) else [py]
            return [_parse_date(v, "value").isoformat() for v in items]

        id_value = value if isinstance(value, str) else [d.isoformat() for d in days]
        current, widget_id = register(self, WidgetSpec(
            kind="date_input", label=str(label), key=key, default=to_python(days),
            identity={"value": repr(id_value), "min_value": lo.isoformat(), "max_value": hi.isoformat(),
                      "help": help, "format": format},
            keyed_identity={"min_value": lo.isoformat(), "max_value": hi.isoformat(), "is_range": is_range},
            deserialize=deserialize, serialize=serialize, on_change=on_change, args=args, kwargs=kwargs,
            disabled=disabled, label_visibility=label_visibility,
        ))
        self._enqueue("date_input", {**common_props(str(label), help, disabled, label_visibility),
                                     "value": serialize(current), "is_range": is_range,
                                     "min": lo.isoformat(), "max": hi.isoformat(), "format": format}, widget_id)
        return current

    def time_input(self: "DeltaGenerator", label: str, value: Any = "now", key: str | int | None = None,
                   help: str | None = None, on_change: Callable[..., Any] | None = None, args: Any = None,
                   kwargs: Any = None, *, disabled: bool = False, label_visibility: str = "visible",
                   step: int | dt.timedelta = 900, width: Any = None) -> dt.time | None:
        if isinstance(step, dt.timedelta):
            step_s = int(step.total_seconds())
        elif isinstance(step, int) and not isinstance(step, bool):
            step_s = step
        else:
            raise StreamlitAPIException(
                f"`step` can only be `int` or `timedelta` but {type(step)} is provided.")
        if step_s < 60 or step_s > 23 * 60 * 60:
            raise StreamlitAPIException(
                f"`step` must be between 60 seconds and 23 hours but is currently set to {step_s} seconds.")
        default = _parse_time(value)

        def deserialize(wire: Any) -> dt.time | None:
            if wire is None or wire == "":
                return None
            try:
                return dt.time.fromisoformat(str(wire))
            except ValueError:
                return default

        def serialize(py: Any) -> str | None:
            t = _parse_time(py) if py is not None else None
            return None if t is None else t.isoformat(timespec="seconds" if t.second else "minutes")

        id_value = value if isinstance(value, str) or value is None else serialize(default)
        current, widget_id = register(self, WidgetSpec(
            kind="time_input", label=str(label), key=key, default=default,
            identity={"value": id_value, "help": help, "step": step_s},
            keyed_identity={"step": step_s},
            deserialize=deserialize, serialize=serialize, on_change=on_change, args=args, kwargs=kwargs,
            disabled=disabled, label_visibility=label_visibility,
        ))
        self._enqueue("time_input", {**common_props(str(label), help, disabled, label_visibility),
                                     "value": serialize(current), "step": step_s}, widget_id)
        return current


def _parse_time(value: Any) -> dt.time | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.time().replace(tzinfo=None)
    if isinstance(value, dt.time):
        return value
    if isinstance(value, str):
        if value in ("now", "default_value_now"):
            return dt.datetime.now().time().replace(second=0, microsecond=0)
        try:
            return dt.time.fromisoformat(value.strip())
        except ValueError:
            try:
                return dt.datetime.fromisoformat(value.strip()).time()
            except ValueError:
                pass
    raise StreamlitAPIException(
        "The type of value should be one of datetime, time, ISO string or None")
