"""Value kinds, both ways: the Python type a DB-API driver returned ↔ its kind tag and bare JSON
form (the table in the package docstring). One table encodes, the other decodes, side by side so
that a new kind is added to both."""

from __future__ import annotations

import base64
import datetime as _dt
import decimal
import ipaddress
import math
import uuid
from typing import Any, Iterable

VERSION = 1
MAX_SAFE_INT = 2**53 - 1


# ------------------------------------------------------------------ encoding (endpoint)


def _enc_float(v: float) -> Any:
    if math.isfinite(v):
        return v
    return "NaN" if v != v else ("Infinity" if v > 0 else "-Infinity")


def _enc_int(v: int) -> Any:
    return v if -MAX_SAFE_INT <= v <= MAX_SAFE_INT else str(v)


def _enc_timedelta(v: _dt.timedelta) -> int:
    return (v.days * 86400 + v.seconds) * 1_000_000 + v.microseconds


def _enc_bytes(v: Any) -> str:
    return base64.b64encode(bytes(v)).decode("ascii")


def _enc_dict(v: dict) -> dict:
    return {str(k): enc_any(x) for k, x in v.items()}


def _enc_list(v: Iterable) -> list:
    return [enc_any(x) for x in v]


# Python type → (kind, bare encoder). Exact types: bool is not int here.
_SCALARS: dict[type, tuple[str, Any]] = {
    int: ("int", _enc_int),
    float: ("float", _enc_float),
    decimal.Decimal: ("decimal", str),
    str: ("str", None),
    bytes: ("bytes", _enc_bytes),
    bytearray: ("bytes", _enc_bytes),
    memoryview: ("bytes", _enc_bytes),
    bool: ("bool", None),
    _dt.date: ("date", _dt.date.isoformat),
    _dt.time: ("time", _dt.time.isoformat),
    _dt.datetime: ("datetime", _dt.datetime.isoformat),
    _dt.timedelta: ("timedelta", _enc_timedelta),
    uuid.UUID: ("uuid", str),
    list: ("list", _enc_list),
    tuple: ("list", _enc_list),
    set: ("set", _enc_list),
    frozenset: ("set", _enc_list),
    dict: ("dict", _enc_dict),
    ipaddress.IPv4Address: ("ipaddr", str),
    ipaddress.IPv6Address: ("ipaddr", str),
    ipaddress.IPv4Interface: ("ipiface", str),
    ipaddress.IPv6Interface: ("ipiface", str),
    ipaddress.IPv4Network: ("ipnet", str),
    ipaddress.IPv6Network: ("ipnet", str),
}


def kind_of(v: Any) -> tuple[str, Any]:
    """(kind, bare encoder or None for identity) of a non-None value."""
    t = type(v)
    hit = _SCALARS.get(t)
    if hit is not None:
        return hit
    # Subclasses (e.g. a driver's str/int/datetime subclasses): the nearest known base.
    for base in t.__mro__[1:]:
        hit = _SCALARS.get(base)
        if hit is not None:
            return hit
    return "lossy", str


def enc_value(v: Any) -> tuple[str, Any]:
    """(kind, bare JSON form) of a non-None value."""
    kind, enc = kind_of(v)
    return kind, (v if enc is None else enc(v))


def enc_any(v: Any) -> Any:
    """The "any" form used inside lists/sets/dicts: JSON-native values bare, others tagged."""
    if v is None or type(v) is bool or type(v) is str:
        return v
    if type(v) is int and -MAX_SAFE_INT <= v <= MAX_SAFE_INT:
        return v
    if type(v) is float and math.isfinite(v):
        return v
    if type(v) in (list, tuple):
        return [enc_any(x) for x in v]
    kind, bare = enc_value(v)
    return {"$t": kind, "v": bare}


# ------------------------------------------------------------------ decoding (browser)


def _dec_float(x: Any) -> float:
    if type(x) is str:
        if x not in ("NaN", "Infinity", "-Infinity"):
            raise ValueError(f"bad float {x!r}")
        return float(x.replace("Infinity", "inf").replace("NaN", "nan"))
    return float(x)


def _dec_int(x: Any) -> int:
    if type(x) is str:
        if len(x) > 400:
            raise ValueError("integer too long")
        return int(x)
    if type(x) is not int:
        raise ValueError(f"bad int {x!r}")
    return x


def _dec_decimal(x: Any) -> decimal.Decimal:
    if type(x) is not str or len(x) > 1000:
        raise ValueError("bad decimal")
    return decimal.Decimal(x)


def _dec_str(x: Any) -> str:
    if type(x) is not str:
        raise ValueError("bad str")
    return x


def _dec_bool(x: Any) -> bool:
    if type(x) is not bool:
        raise ValueError("bad bool")
    return x


DECODERS: dict[str, Any] = {
    "int": _dec_int,
    "float": _dec_float,
    "decimal": _dec_decimal,
    "str": _dec_str,
    "lossy": _dec_str,
    "bytes": lambda x: base64.b64decode(x, validate=True),
    "bool": _dec_bool,
    "date": lambda x: _dt.date.fromisoformat(_dec_str(x)),
    "time": lambda x: _dt.time.fromisoformat(_dec_str(x)),
    "datetime": lambda x: _dt.datetime.fromisoformat(_dec_str(x)),
    "timedelta": lambda x: _dt.timedelta(microseconds=_dec_int(x)),
    "uuid": lambda x: uuid.UUID(_dec_str(x)),
    "list": lambda x: [decode_any(e) for e in x],
    "set": lambda x: {decode_any(e) for e in x},
    "dict": lambda x: {k: decode_any(e) for k, e in x.items()},
    "null": lambda x: None,
    "ipaddr": lambda x: ipaddress.ip_address(_dec_str(x)),
    "ipiface": lambda x: ipaddress.ip_interface(_dec_str(x)),
    "ipnet": lambda x: ipaddress.ip_network(_dec_str(x)),
}


def decode_bare(kind: str, x: Any) -> Any:
    try:
        dec = DECODERS[kind]
    except KeyError:
        raise ValueError(f"unknown value kind {kind!r}") from None
    return dec(x)


def decode_any(x: Any) -> Any:
    if type(x) is dict:
        return decode_bare(x["$t"], x["v"])
    if type(x) is list:
        return [decode_any(e) for e in x]
    return x
