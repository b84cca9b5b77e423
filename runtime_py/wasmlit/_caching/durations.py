"""``ttl`` and ``max_size`` values → seconds and bytes, without importing pandas.

Streamlit parses ttl strings with ``pandas.Timedelta``; this parser accepts the
forms people write (``"1h"``, ``"30m"``, ``"1d2h34m"``, ``"1h23s"``, ``"1.5 days"``,
``"2 days 03:00:00"``, ``"00:30:00"``) with pandas' meaning, including its quirk
that a unit-less number string is nanoseconds. Anything else raises
``StreamlitBadTimeStringError``.
"""

from __future__ import annotations

import math
import re
from datetime import timedelta
from typing import Any

from wasmlit._caching.cache_errors import StreamlitBadTimeStringError
from wasmlit.errors import StreamlitAPIException

_NS = 1e-9
_UNITS: dict[str, float] = {}
for _names, _seconds in (
    (("w", "W", "week", "weeks"), 7 * 86400.0),
    (("d", "D", "day", "days"), 86400.0),
    (("h", "hr", "hour", "hours"), 3600.0),
    (("m", "min", "minute", "minutes", "T"), 60.0),
    (("s", "sec", "second", "seconds", "S"), 1.0),
    (("ms", "milli", "millis", "millisecond", "milliseconds", "L"), 1e-3),
    (("us", "µs", "micro", "micros", "microsecond", "microseconds", "U"), 1e-6),
    (("ns", "nano", "nanos", "nanosecond", "nanoseconds", "N"), 1e-9),
):
    for _n in _names:
        _UNITS[_n] = _seconds

_NUMBER = r"[0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?"
_COMPONENT = re.compile(rf"\s*({_NUMBER})\s*([A-Za-zµ]+)\s*,?")
_CLOCK = re.compile(r"(\d+):(\d{1,2}):(\d{1,2}(?:\.\d+)?)$")


def ttl_to_seconds(ttl: float | int | timedelta | str | None) -> float:
    """None → +inf; numbers are seconds; timedelta → total_seconds(); strings as above."""
    if ttl is None:
        return math.inf
    if isinstance(ttl, timedelta):
        return ttl.total_seconds()
    if isinstance(ttl, str):
        return parse_duration(ttl)
    if isinstance(ttl, (int, float)) and not isinstance(ttl, bool):
        return float(ttl)
    raise StreamlitAPIException(f"`ttl` must be None, a number of seconds, a timedelta or a "
                                f"string such as '1h', got {ttl!r}.")


def parse_duration(text: str) -> float:
    """A pandas.Timedelta-compatible duration string → seconds."""
    s = text.strip()
    sign = 1.0
    if s[:1] in "+-" and s:
        sign = -1.0 if s[0] == "-" else 1.0
        s = s[1:].strip()
    if not s:
        raise StreamlitBadTimeStringError(text)
    if re.fullmatch(r"[0-9]+", s):
        return sign * float(s) * _NS  # pandas: a unit-less integer is nanoseconds
    clock = _CLOCK.search(s)
    total = 0.0
    if clock:
        h, m, sec = clock.groups()
        total += int(h) * 3600 + int(m) * 60 + float(sec)
        s = s[: clock.start()].strip()
        if not s:
            return sign * total
    pos = 0
    matched = False
    while pos < len(s):
        m = _COMPONENT.match(s, pos)
        if not m or m.end() == pos:
            raise StreamlitBadTimeStringError(text)
        unit = m.group(2)
        factor = _UNITS.get(unit)
        if factor is None:
            factor = _UNITS.get(unit.lower()) if unit.lower() not in ("m",) else None
        if factor is None:
            raise StreamlitBadTimeStringError(text)
        total += float(m.group(1)) * factor
        pos = m.end()
        matched = True
    if not matched:
        raise StreamlitBadTimeStringError(text)
    return sign * total


_SIZE = re.compile(r"\s*([0-9]*\.?[0-9]+)\s*([kmgt]i?b|b)?\s*$", re.IGNORECASE)
_SIZE_UNITS = {"b": 1, "kb": 1024, "mb": 1024**2, "gb": 1024**3, "tb": 1024**4}


def size_to_bytes(value: int | str | None) -> int | None:
    """``max_size``: an int (bytes) or e.g. ``"500MB"``/``"1.5 GiB"`` (powers of 1024, rounded down)."""
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        if value < 0:
            raise StreamlitAPIException(f"`max_size` must not be negative, got {value}.")
        return value
    if isinstance(value, str):
        m = _SIZE.match(value)
        if m:
            unit = (m.group(2) or "b").lower().replace("ib", "b")
            return int(float(m.group(1)) * _SIZE_UNITS[unit])
    raise StreamlitAPIException(
        f"Invalid `max_size` value {value!r}: use a number of bytes or a string such as "
        "'100MB' or '1GiB' (units KB/MB/GB/TB and KiB/MiB/GiB/TiB, powers of 1024).")
