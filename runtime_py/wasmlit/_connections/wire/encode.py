"""Encoding: a query result as the endpoint sends it (counting bytes as it goes), and the
browser's query parameters."""

from __future__ import annotations

import json
import math
from typing import Any, Iterable, Sequence

from .kinds import MAX_SAFE_INT, VERSION, enc_value


class ResultEncoder:
    """Encodes rows batch by batch, counting the exact bytes of JSON produced.

    ``add(rows)`` returns the running byte count so the endpoint can stop at its cap
    before building the whole response. ``finish()`` assembles the response body.
    """

    def __init__(self, names: Sequence[str], db_types: Sequence[str | None] | None = None,
                 max_value_bytes: int | None = None) -> None:
        self.names = list(names)
        self.db_types = list(db_types) if db_types else [None] * len(self.names)
        self.kinds: list[str | None] = [None] * len(self.names)
        self.mixed = [False] * len(self.names)
        self.lossy = [False] * len(self.names)
        self.chunks: list[str] = []
        self.row_count = 0
        self.nbytes = 0
        self.max_value_bytes = max_value_bytes

    def _row(self, row: Sequence[Any]) -> list[Any]:
        out = []
        kinds = self.kinds
        cap = self.max_value_bytes
        for i, v in enumerate(row):
            if v is None:
                out.append(None)
                continue
            kind, bare = enc_value(v)
            if cap is not None and type(bare) is str and len(bare) > cap:
                raise ValueTooLarge(i)
            k = kinds[i]
            if k is None:
                kinds[i] = k = kind
            if kind == "lossy":
                self.lossy[i] = True
            if kind == k and kind != "dict":
                out.append(bare)
            else:
                if kind != k:
                    self.mixed[i] = True
                out.append({"$t": kind, "v": bare})
        return out

    def add(self, rows: Iterable[Sequence[Any]]) -> int:
        encoded = [self._row(r) for r in rows]
        if not encoded:
            return self.nbytes
        text = json.dumps(encoded, ensure_ascii=False, allow_nan=False, separators=(",", ":"))[1:-1]
        self.chunks.append(text)
        self.row_count += len(encoded)
        self.nbytes += len(text.encode("utf-8")) + 1
        return self.nbytes

    def columns(self) -> list[dict[str, Any]]:
        cols = []
        for i, name in enumerate(self.names):
            c: dict[str, Any] = {"name": name, "kind": self.kinds[i] or "null"}
            if self.db_types[i]:
                c["db_type"] = self.db_types[i]
            if self.mixed[i]:
                c["mixed"] = True
            if self.lossy[i]:
                c["lossy"] = True
            cols.append(c)
        return cols

    def finish(self, **extra: Any) -> bytes:
        head = json.dumps({"v": VERSION, "columns": self.columns()}, ensure_ascii=False)[:-1]
        tail = json.dumps({"row_count": self.row_count, **extra}, ensure_ascii=False)[1:]
        return f'{head},"rows":[{",".join(self.chunks)}],{tail}'.encode("utf-8")


class ValueTooLarge(Exception):
    """One cell is bigger than the endpoint's per-value cap."""


def encode_result(names: Sequence[str], rows: Iterable[Sequence[Any]], **extra: Any) -> bytes:
    enc = ResultEncoder(names)
    enc.add(rows)
    return enc.finish(**extra)


def encode_params(params: Any) -> dict[str, Any]:
    """The browser's side: ``params=`` (a mapping, as Streamlit's ``:name`` style) → JSON."""
    if params is None:
        return {}
    if not hasattr(params, "items"):
        raise TypeError(
            "wasmlit's SQL endpoint binds parameters by name: pass params as a dict, e.g. "
            "conn.query('select * from t where id = :id', params={'id': 3}).")
    out = {}
    for k, v in params.items():
        if not isinstance(k, str):
            raise TypeError(f"parameter names must be strings, got {k!r}")
        out[k] = enc_param(v)
    return out


def enc_param(v: Any) -> Any:
    if v is None or type(v) in (bool, str):
        return v
    if type(v) is int and -MAX_SAFE_INT <= v <= MAX_SAFE_INT:
        return v
    if type(v) is float and math.isfinite(v):
        return v
    # numpy/pandas scalars → their Python value
    item = getattr(v, "item", None)
    if callable(item) and type(v).__module__.startswith(("numpy", "pandas")):
        try:
            return enc_param(item())
        except Exception:
            pass
    if type(v).__name__ == "Timestamp" and type(v).__module__.startswith("pandas"):
        return enc_param(v.to_pydatetime())
    kind, bare = enc_value(v)
    if kind in ("list", "set", "dict", "lossy"):
        raise TypeError(f"unsupported query parameter type {type(v).__name__}")
    return {"$t": kind, "v": bare}
