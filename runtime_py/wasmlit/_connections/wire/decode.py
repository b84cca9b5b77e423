"""Decoding: a query result back into the driver's Python values (browser), and the
endpoint's checks of parameter values."""

from __future__ import annotations

import json
import math
from typing import Any, Sequence

from .kinds import DECODERS, VERSION, decode_bare


class ParamError(ValueError):
    """A parameter value the endpoint refuses (→ 400 bad_param)."""


_PARAM_TAGS = {"int", "float", "decimal", "bytes", "date", "time", "datetime", "timedelta", "uuid"}


def decode_param(x: Any) -> Any:
    """The endpoint's side: a JSON parameter value → the Python value bound by name."""
    if x is None or type(x) in (bool, str):
        return x
    if type(x) is int:
        return x
    if type(x) is float:
        if not math.isfinite(x):
            raise ParamError("non-finite number")
        return x
    if type(x) is dict:
        if set(x) != {"$t", "v"} or x["$t"] not in _PARAM_TAGS:
            raise ParamError("objects are only accepted as {$t, v} tags")
        try:
            return decode_bare(x["$t"], x["v"])
        except (ValueError, TypeError, ArithmeticError, OverflowError) as e:
            raise ParamError(f"bad {x['$t']} value") from e
    raise ParamError(f"unsupported JSON type {type(x).__name__}")


def decode_rows(columns: Sequence[dict[str, Any]], rows: Sequence[Sequence[Any]]) -> list[tuple]:
    """JSON rows → tuples of the Python values the driver returned on the server."""
    decs = [DECODERS.get(c.get("kind", "null")) for c in columns]
    if any(d is None for d in decs):
        bad = next(c.get("kind") for c, d in zip(columns, decs) if d is None)
        raise ValueError(f"unknown column kind {bad!r}")
    width = len(decs)
    out = []
    for row in rows:
        if len(row) != width:
            raise ValueError("row width does not match the columns")
        vals = []
        for dec, x in zip(decs, row):
            if x is None:
                vals.append(None)
            elif type(x) is dict:
                vals.append(decode_bare(x["$t"], x["v"]))
            else:
                vals.append(dec(x))
        out.append(tuple(vals))
    return out


def decode_response(body: bytes | str) -> tuple[list[str], list[tuple]]:
    doc = json.loads(body)
    if not isinstance(doc, dict) or doc.get("v") != VERSION or "columns" not in doc:
        raise ValueError("not a v1 query result")
    cols = doc["columns"]
    return [c["name"] for c in cols], decode_rows(cols, doc["rows"])
