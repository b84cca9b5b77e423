"""The columnar wire format for tabular data (st.dataframe, st.table, st.data_editor, charts).

A table crosses the worker -> page boundary as typed column buffers wrapped in
``protocol.Binary`` (transferred as ``Uint8Array``s, never one JSON value per cell).
``encode_table(data)`` returns this JSON-able dict; ``web/src/render/table/decode.ts``
is the page side, ``decode_table`` the Python inverse (AppTest, tests)::

    {
      "nrows": int,
      "columns": [Column, ...],          # the data columns, in order (duplicates allowed)
      "index": [Column, ...],            # the index levels (1 for a flat index, n for a MultiIndex)
      "columns_name": str | None,        # df.columns.name
    }

    Column = {
      "name":  str | int | float | bool | None | [..]   # the label; a list for a MultiIndex-column tuple
      "dtype": str,                      # the pandas dtype name, e.g. "int64", "Int64", "object", "category"
      "kind":  "int" | "float" | "bool" | "string" | "datetime" | "date" | "time"
               | "timedelta" | "decimal" | "bytes" | "object" | "category",
      "buffer": str | None,              # element type of ``data`` for numeric kinds:
                                         # int8 int16 int32 int64 uint8 uint16 uint32 uint64 float32 float64
      "data":  Binary | None,            # little-endian values, see below
      "offsets": Binary | None,          # int32 LE, nrows + 1 entries (string, decimal, bytes, object)
      "validity": Binary | None,         # bitmap, bit i (LSB first) = row i is not null; None = all valid
      # kind-specific:
      "unit":  "s" | "ms" | "us" | "ns" | None,   # datetime / timedelta: unit of the int64 values
      "tz":    str | None,               # datetime: the time zone name (values are UTC instants)
      "range": [start, step] | None,     # int column given as start + i * step (a RangeIndex); data is None
      "categories": Column | None,       # category: the categories; data holds the codes (-1 = null)
      "ncategories": int,                # category only: how many categories
    }

What ``data`` holds per kind:

- int: the integers in ``buffer`` type (nullable ``Int64``: the values with 0 at nulls + validity);
- float: ``float32``/``float64``; NaN is also marked null in ``validity`` (shown as empty, like Streamlit);
- bool: ``uint8`` 0/1;
- datetime: ``int64`` counts of ``unit`` since 1970-01-01 UTC (naive datetimes: as if UTC);
- date: ``int32`` days since 1970-01-01;
- time: ``int64`` microseconds since midnight;
- timedelta: ``int64`` counts of ``unit``;
- category: integer codes in ``buffer`` type, into ``categories`` (itself a Column without index);
- string / decimal / object: UTF-8 bytes, row i is ``data[offsets[i]:offsets[i+1]]``
  (decimal: the number's text; object: ``str(value)`` of mixed Python objects);
- bytes: the raw bytes, with offsets.

Only the standard library is imported at module level; pandas/NumPy are imported
lazily when a table is encoded (an app that shows a DataFrame has imported them).
"""

from __future__ import annotations

import datetime as _dt
import decimal as _decimal
from typing import Any

from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol import Binary

KINDS = ("int", "float", "bool", "string", "datetime", "date", "time", "timedelta", "decimal", "bytes",
         "object", "category")

_EPOCH_DATE = _dt.date(1970, 1, 1)


# ---------------------------------------------------------------- any data -> DataFrame


def is_pandas_like(obj: Any) -> bool:
    module = type(obj).__module__ or ""
    return module.startswith(("pandas", "numpy", "pyarrow", "polars"))


def unsupported_type_error(data: Any) -> StreamlitAPIException:
    return StreamlitAPIException(
        f"Unable to convert object of type `{type(data)}` to `pandas.DataFrame`.\n"
        f"Offending object:\n```py\n{data}\n```")


def to_dataframe(data: Any) -> Any:
    """Anything st.dataframe accepts, as a pandas DataFrame (Streamlit's ``convert_anything_to_pandas_df``)."""
    import pandas as pd

    if data is None:
        return pd.DataFrame()
    if isinstance(data, pd.DataFrame):
        return data
    if isinstance(data, pd.Series):
        return data.to_frame()
    if isinstance(data, pd.Index):
        return data.to_frame()
    if type(data).__name__ == "Styler" and hasattr(data, "data"):
        return to_dataframe(data.data)
    module = type(data).__module__ or ""
    if module.startswith("numpy") and hasattr(data, "ndim"):
        if data.ndim == 0:
            return pd.DataFrame([data.item()])
        if data.ndim > 2:
            raise StreamlitAPIException(
                f"Unable to convert numpy.ndarray with {data.ndim} dimensions to a DataFrame. "
                "Only 1-D and 2-D arrays are supported.")
        return pd.DataFrame(data)
    if module.startswith("pyarrow") and hasattr(data, "to_pandas"):
        return data.to_pandas()
    if module.startswith("polars") and hasattr(data, "to_pandas"):
        frame = data.to_pandas()
        return frame.to_frame() if isinstance(frame, pd.Series) else frame
    if hasattr(data, "to_pandas") and callable(data.to_pandas):
        frame = data.to_pandas()
        if isinstance(frame, pd.Series):
            return frame.to_frame()
        if isinstance(frame, pd.DataFrame):
            return frame
    if isinstance(data, dict):
        if data and all(_is_scalar(v) for v in data.values()):
            # {"a": 1, "b": 2}: one row per key (Streamlit shows the keys as the index).
            return pd.DataFrame.from_dict(data, orient="index", columns=["value"])
        try:
            return pd.DataFrame(data)
        except (ValueError, TypeError) as exc:
            raise unsupported_type_error(data) from exc
    if isinstance(data, (list, tuple, set, frozenset, range)) or (
            hasattr(data, "__iter__") and hasattr(data, "__len__") and not isinstance(data, (str, bytes))):
        items = list(data)
        try:
            return pd.DataFrame(items)
        except (ValueError, TypeError) as exc:
            raise unsupported_type_error(data) from exc
    if hasattr(data, "__iter__") and not isinstance(data, (str, bytes, bytearray)) and hasattr(data, "__next__"):
        return pd.DataFrame(list(data))
    raise unsupported_type_error(data)


def _is_scalar(value: Any) -> bool:
    return value is None or isinstance(value, (str, bytes, int, float, bool, _dt.date, _dt.time, _dt.timedelta,
                                               _decimal.Decimal))


# ---------------------------------------------------------------- DataFrame -> wire


def encode_table(data: Any) -> dict[str, Any]:
    """Encode a DataFrame (or anything ``to_dataframe`` accepts) into the wire format above."""
    df = to_dataframe(data)
    return encode_dataframe(df)


def encode_dataframe(df: Any) -> dict[str, Any]:
    import pandas as pd

    nrows = len(df)
    columns = [encode_column(df.iloc[:, i], _label(df.columns[i])) for i in range(df.shape[1])]
    index = df.index
    if isinstance(index, pd.RangeIndex):
        levels = [{
            "name": _label(index.name), "dtype": "int64", "kind": "int", "buffer": "int64", "data": None,
            "offsets": None, "validity": None, "unit": None, "tz": None,
            "range": [int(index.start), int(index.step)], "categories": None,
        }]
    elif isinstance(index, pd.MultiIndex):
        levels = [encode_column(index.get_level_values(i), _label(index.names[i]))
                  for i in range(index.nlevels)]
    else:
        levels = [encode_column(index, _label(index.name))]
    columns_name = df.columns.name
    return {"nrows": nrows, "columns": columns, "index": levels,
            "columns_name": None if columns_name is None else str(columns_name)}


def _label(label: Any) -> Any:
    if label is None or isinstance(label, (str, bool)):
        return label
    if isinstance(label, tuple):
        return [_label(part) for part in label]
    if isinstance(label, int) or (type(label).__module__ == "numpy" and hasattr(label, "item")):
        value = label.item() if hasattr(label, "item") else label
        if isinstance(value, (int, float, bool, str)) and value == value:
            return value
    if isinstance(label, float) and label == label and label not in (float("inf"), float("-inf")):
        return label
    return str(label)


def encode_column(col: Any, name: Any) -> dict[str, Any]:
    """One Series / Index as a wire Column."""
    import numpy as np
    import pandas as pd
    from pandas.api import types as pdt

    dtype = col.dtype
    out: dict[str, Any] = {
        "name": name, "dtype": str(dtype), "kind": "object", "buffer": None, "data": None, "offsets": None,
        "validity": None, "unit": None, "tz": None, "range": None, "categories": None,
    }
    n = len(col)
    if isinstance(dtype, pd.CategoricalDtype):
        codes = np.asarray(col.codes if isinstance(col, pd.CategoricalIndex) else col.cat.codes)
        out.update(kind="category", buffer=codes.dtype.name, data=_buf(codes, codes.dtype.newbyteorder("<")),
                   validity=_validity(codes < 0),
                   categories=encode_column(pd.Series(dtype.categories), None), ncategories=len(dtype.categories))
        return out
    if isinstance(dtype, pd.DatetimeTZDtype) or pdt.is_datetime64_dtype(dtype):
        unit = getattr(dtype, "unit", None) or np.datetime_data(dtype)[0]
        values = np.asarray(col.array.asi8 if hasattr(col.array, "asi8") else col.to_numpy().view("i8"))
        tz = getattr(dtype, "tz", None)
        out.update(kind="datetime", buffer="int64", data=_buf(values, "<i8"), unit=unit,
                   tz=None if tz is None else str(tz), validity=_validity(np.asarray(pd.isna(col))))
        return out
    if pdt.is_timedelta64_dtype(dtype):
        unit = getattr(dtype, "unit", None) or np.datetime_data(dtype)[0]
        values = np.asarray(col.to_numpy()).view("i8")
        out.update(kind="timedelta", buffer="int64", data=_buf(values, "<i8"), unit=unit,
                   validity=_validity(np.asarray(pd.isna(col))))
        return out
    if pdt.is_bool_dtype(dtype) and not pdt.is_object_dtype(dtype):
        mask = np.asarray(pd.isna(col))
        values = np.asarray(col.to_numpy(dtype=bool, na_value=False)) if mask.any() else np.asarray(col, dtype=bool)
        out.update(kind="bool", buffer="uint8", data=_buf(values.astype(np.uint8), "<u1"), validity=_validity(mask))
        return out
    if pdt.is_integer_dtype(dtype):
        np_dtype = np.dtype(getattr(dtype, "numpy_dtype", dtype))
        mask = np.asarray(pd.isna(col)) if not isinstance(dtype, np.dtype) else None
        if mask is not None and mask.any():
            values = np.asarray(col.to_numpy(dtype=np_dtype, na_value=0))
        else:
            values = np.asarray(col.to_numpy(dtype=np_dtype))
        out.update(kind="int", buffer=np_dtype.name, data=_buf(values, np_dtype.newbyteorder("<")),
                   validity=_validity(mask))
        return out
    if pdt.is_float_dtype(dtype):
        np_dtype = np.dtype(getattr(dtype, "numpy_dtype", dtype))
        if np_dtype.itemsize < 4:
            np_dtype = np.dtype("float32")
        values = np.asarray(col.to_numpy(dtype=np_dtype, na_value=np.nan))
        out.update(kind="float", buffer=np_dtype.name, data=_buf(values, np_dtype.newbyteorder("<")),
                   validity=_validity(np.isnan(values)))
        return out
    if pdt.is_string_dtype(dtype) and not pdt.is_object_dtype(dtype):
        mask = np.asarray(pd.isna(col))
        return _strings(out, "string", [None if m else v for v, m in zip(col.tolist(), mask)])
    # object (or an exotic extension dtype): look at the values
    values = list(col.tolist()) if hasattr(col, "tolist") else list(col)
    inferred = pdt.infer_dtype(values, skipna=True) if n else "empty"
    nulls = [_is_null(v) for v in values]
    present = [v for v, m in zip(values, nulls) if not m]
    if inferred == "string":
        return _strings(out, "string", [None if m else v for v, m in zip(values, nulls)])
    if inferred == "bytes":
        return _bytes(out, [None if m else bytes(v) for v, m in zip(values, nulls)])
    if inferred == "boolean":
        out.update(kind="bool", buffer="uint8",
                   data=_buf(np.array([bool(v) if not m else False for v, m in zip(values, nulls)], dtype=np.uint8),
                             "<u1"), validity=_validity(np.array(nulls, dtype=bool)))
        return out
    if inferred == "integer" and all(-(2 ** 63) <= v < 2 ** 63 for v in present):
        out.update(kind="int", buffer="int64",
                   data=_buf(np.array([0 if m else int(v) for v, m in zip(values, nulls)], dtype=np.int64), "<i8"),
                   validity=_validity(np.array(nulls, dtype=bool)))
        return out
    if inferred in ("floating", "mixed-integer-float"):
        floats = np.array([np.nan if m else float(v) for v, m in zip(values, nulls)], dtype=np.float64)
        out.update(kind="float", buffer="float64", data=_buf(floats, "<f8"), validity=_validity(np.isnan(floats)))
        return out
    if inferred == "decimal":
        return _strings(out, "decimal", [None if m else str(v) for v, m in zip(values, nulls)])
    if inferred == "date":
        days = np.array([0 if m else (v - _EPOCH_DATE).days for v, m in zip(values, nulls)], dtype=np.int32)
        out.update(kind="date", buffer="int32", data=_buf(days, "<i4"),
                   validity=_validity(np.array(nulls, dtype=bool)))
        return out
    if inferred == "time" and all(v.tzinfo is None for v in present):
        micros = np.array([0 if m else ((v.hour * 60 + v.minute) * 60 + v.second) * 1_000_000 + v.microsecond
                           for v, m in zip(values, nulls)], dtype=np.int64)
        out.update(kind="time", buffer="int64", data=_buf(micros, "<i8"),
                   validity=_validity(np.array(nulls, dtype=bool)))
        return out
    if inferred in ("datetime", "datetime64"):
        try:
            converted = pd.Series(pd.to_datetime(pd.Series(values, dtype=object)))
        except (ValueError, TypeError, OverflowError):
            converted = None
        if converted is not None and (pdt.is_datetime64_dtype(converted.dtype)
                                      or isinstance(converted.dtype, pd.DatetimeTZDtype)):
            return {**encode_column(converted, name), "dtype": str(dtype)}
    if inferred in ("timedelta", "timedelta64"):
        try:
            converted = pd.Series(pd.to_timedelta(pd.Series(values, dtype=object)))
            return {**encode_column(converted, name), "dtype": str(dtype)}
        except (ValueError, TypeError, OverflowError):
            pass
    return _strings(out, "object", [None if m else _object_text(v) for v, m in zip(values, nulls)])


def _is_null(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float):
        return value != value
    module = type(value).__module__ or ""
    if module.startswith(("pandas", "numpy")):
        try:
            import pandas as pd

            result = pd.isna(value)
            return bool(result) if isinstance(result, (bool,)) or type(result).__name__ == "bool_" else False
        except (TypeError, ValueError):
            return False
    return False


def _object_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, (list, tuple, dict, set)):
        return str(value)
    return str(value)


def _buf(values: Any, dtype: Any) -> Binary:
    import numpy as np

    arr = np.ascontiguousarray(values, dtype=dtype)
    return Binary(arr.tobytes())


def _validity(mask: Any) -> Binary | None:
    """A null mask (True = null) as a validity bitmap, or None when nothing is null."""
    import numpy as np

    if mask is None:
        return None
    mask = np.asarray(mask, dtype=bool)
    if not mask.any():
        return None
    return Binary(np.packbits(~mask, bitorder="little").tobytes())


def _strings(out: dict[str, Any], kind: str, values: list[str | None]) -> dict[str, Any]:
    return _bytes(out, [None if v is None else str(v).encode("utf-8", "surrogatepass") for v in values], kind)


def _bytes(out: dict[str, Any], values: list[bytes | None], kind: str = "bytes") -> dict[str, Any]:
    import numpy as np

    nulls = np.fromiter((v is None for v in values), dtype=bool, count=len(values))
    chunks = [b"" if v is None else v for v in values]
    offsets = np.zeros(len(chunks) + 1, dtype=np.int64)
    if chunks:
        np.cumsum(np.fromiter(map(len, chunks), dtype=np.int64, count=len(chunks)), out=offsets[1:])
    if offsets[-1] >= 2 ** 31:
        raise StreamlitAPIException("A text column of more than 2 GB cannot be shown.")
    out.update(kind=kind, buffer=None, data=Binary(b"".join(chunks)), offsets=_buf(offsets, "<i4"),
               validity=_validity(nulls))
    return out


# ---------------------------------------------------------------- wire -> DataFrame (AppTest, tests)


def _raw(value: Any) -> bytes:
    if isinstance(value, Binary):
        return bytes(memoryview(value.data).cast("B"))
    return bytes(value)


def decode_column_values(column: dict[str, Any], nrows: int) -> Any:
    """A wire Column as a pandas Series (index 0..n-1), with the original dtype where possible."""
    import numpy as np
    import pandas as pd

    kind = column["kind"]
    dtype_name = column["dtype"]
    if column.get("range") is not None:
        start, step = column["range"]
        return pd.Series(pd.RangeIndex(start, start + step * nrows, step) if step else [start] * nrows)
    nulls = np.zeros(nrows, dtype=bool)
    if column.get("validity") is not None:
        bits = np.unpackbits(np.frombuffer(_raw(column["validity"]), dtype=np.uint8), bitorder="little")
        nulls = ~bits[:nrows].astype(bool)
    if kind in ("string", "decimal", "object", "bytes"):
        data = _raw(column["data"])
        offsets = np.frombuffer(_raw(column["offsets"]), dtype="<i4")
        items: list[Any] = []
        for i in range(nrows):
            if nulls[i]:
                items.append(None)
                continue
            chunk = data[offsets[i]:offsets[i + 1]]
            if kind == "bytes":
                items.append(chunk)
            elif kind == "decimal":
                items.append(_decimal.Decimal(chunk.decode("utf-8")))
            else:
                items.append(chunk.decode("utf-8", "surrogatepass"))
        if kind == "string" and dtype_name not in ("object",):
            try:
                return pd.Series(items, dtype=dtype_name)
            except (TypeError, ValueError):
                pass
        return pd.Series(items, dtype=object)
    if kind == "category":
        codes = np.frombuffer(_raw(column["data"]), dtype=np.dtype(column["buffer"]).newbyteorder("<"))
        cats = decode_column_values(column["categories"], column["ncategories"])
        return pd.Series(pd.Categorical.from_codes(codes.astype(np.int64), categories=pd.Index(cats)))
    if kind in ("int", "float", "bool"):
        buf = "uint8" if kind == "bool" else column["buffer"]
        values = np.frombuffer(_raw(column["data"]), dtype=np.dtype(buf).newbyteorder("<")).astype(buf)
        if kind == "bool":
            values = values.astype(bool)
        if dtype_name == "object":
            return pd.Series([None if m else v.item() for v, m in zip(values, nulls)], dtype=object)
        series = pd.Series(values)
        if nulls.any() and kind != "float":
            series = series.astype(dtype_name if dtype_name[0].isupper() or dtype_name == "boolean"
                                   else {"int": "Int64", "bool": "boolean"}[kind])
            series[nulls] = pd.NA
            return series
        try:
            return series.astype(dtype_name)
        except (TypeError, ValueError):
            return series
    if kind == "datetime":
        values = np.frombuffer(_raw(column["data"]), dtype="<i8").astype(np.int64)
        arr = values.view(f"datetime64[{column['unit']}]").copy()
        arr[nulls] = np.datetime64("NaT", column["unit"])
        series = pd.Series(arr)
        if column.get("tz"):
            series = series.dt.tz_localize("UTC").dt.tz_convert(column["tz"])
        if dtype_name == "object":
            return pd.Series([None if m else v.to_pydatetime() for v, m in zip(series, nulls)], dtype=object)
        return series
    if kind == "timedelta":
        values = np.frombuffer(_raw(column["data"]), dtype="<i8").astype(np.int64)
        arr = values.view(f"timedelta64[{column['unit']}]").copy()
        arr[nulls] = np.timedelta64("NaT", column["unit"])
        return pd.Series(arr)
    if kind == "date":
        days = np.frombuffer(_raw(column["data"]), dtype="<i4")
        return pd.Series([None if m else _EPOCH_DATE + _dt.timedelta(days=int(d)) for d, m in zip(days, nulls)],
                         dtype=object)
    if kind == "time":
        micros = np.frombuffer(_raw(column["data"]), dtype="<i8")
        out = []
        for us, m in zip(micros, nulls):
            if m:
                out.append(None)
                continue
            us = int(us)
            out.append(_dt.time(us // 3_600_000_000, us // 60_000_000 % 60, us // 1_000_000 % 60, us % 1_000_000))
        return pd.Series(out, dtype=object)
    raise ValueError(f"unknown column kind {kind!r}")


def _label_back(label: Any) -> Any:
    return tuple(_label_back(p) for p in label) if isinstance(label, list) else label


def decode_table(table: dict[str, Any]) -> Any:
    """The wire format back into a pandas DataFrame (the inverse of ``encode_table``)."""
    import pandas as pd

    nrows = table["nrows"]
    levels = table["index"]
    if len(levels) == 1 and levels[0].get("range") is not None:
        start, step = levels[0]["range"]
        index: Any = pd.RangeIndex(start, start + step * nrows, step, name=levels[0]["name"])
    elif len(levels) == 1:
        index = pd.Index(decode_column_values(levels[0], nrows), name=_label_back(levels[0]["name"]))
    else:
        index = pd.MultiIndex.from_arrays([decode_column_values(c, nrows) for c in levels],
                                          names=[_label_back(c["name"]) for c in levels])
    names = [_label_back(c["name"]) for c in table["columns"]]
    data = {i: decode_column_values(c, nrows).set_axis(index) for i, c in enumerate(table["columns"])}
    df = pd.DataFrame(data, index=index)
    if names and all(isinstance(n, tuple) for n in names):
        df.columns = pd.MultiIndex.from_tuples(names)
    else:
        df.columns = pd.Index(names, dtype=object) if names else pd.RangeIndex(0)
        if names and all(isinstance(n, str) for n in names):
            df.columns = pd.Index(names)
        elif names and all(isinstance(n, int) and not isinstance(n, bool) for n in names):
            df.columns = pd.Index(names)
    df.columns.name = table.get("columns_name")
    return df
