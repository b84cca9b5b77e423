"""The columnar wire format (st/_table.py): every kind round-trips through encode → JSON+buffers → decode."""

from __future__ import annotations

import datetime as dt
import decimal
import json

import numpy as np
import pandas as pd
import pytest

from wasmlit import protocol
from wasmlit.errors import StreamlitAPIException
from wasmlit.st._table import decode_table, encode_table, to_dataframe


def wire(data):
    """encode_table, then the real message encoding (JSON text + buffers) and back."""
    text, buffers = protocol.encode({"props": {"data": encode_table(data)}})
    assert all(isinstance(b, (bytes, bytearray, memoryview)) for b in buffers)
    return protocol.decode(text, buffers)["props"]["data"]


def roundtrip(df):
    return decode_table(wire(df))


def test_numeric_bool_and_nullable_kinds_round_trip():
    df = pd.DataFrame({
        "i8": np.array([1, -2, 3], dtype=np.int8),
        "i64": [10**15, -1, 0],
        "u16": np.array([1, 2, 65535], dtype=np.uint16),
        "f32": np.array([1.5, np.nan, -2], dtype=np.float32),
        "f64": [0.1, 2.0, np.nan],
        "b": [True, False, True],
        "I64": pd.array([1, None, 3], dtype="Int64"),
        "B": pd.array([True, None, False], dtype="boolean"),
    })
    t = wire(df)
    kinds = {c["name"]: (c["kind"], c["buffer"]) for c in t["columns"]}
    assert kinds == {"i8": ("int", "int8"), "i64": ("int", "int64"), "u16": ("int", "uint16"),
                     "f32": ("float", "float32"), "f64": ("float", "float64"), "b": ("bool", "uint8"),
                     "I64": ("int", "int64"), "B": ("bool", "uint8")}
    assert t["nrows"] == 3
    assert t["index"][0]["range"] == [0, 1] and t["index"][0]["data"] is None
    # NaN is null for display; the validity bitmap is LSB-first
    f64 = next(c for c in t["columns"] if c["name"] == "f64")
    assert f64["validity"] == bytes([0b011])
    assert next(c for c in t["columns"] if c["name"] == "i64")["validity"] is None
    pd.testing.assert_frame_equal(roundtrip(df), df)


def test_strings_with_nulls_and_unicode():
    df = pd.DataFrame({"s": ["a", None, "héllo ✓", ""]}, dtype=object)
    t = wire(df)
    col = t["columns"][0]
    assert col["kind"] == "string" and col["dtype"] == "object"
    assert col["data"] == "ahéllo ✓".encode()
    assert np.frombuffer(col["offsets"], "<i4").tolist() == [0, 1, 1, 11, 11]
    assert col["validity"] == bytes([0b1101])
    back = roundtrip(df)
    assert back["s"].tolist() == ["a", None, "héllo ✓", ""]


def test_pandas_string_dtype():
    df = pd.DataFrame({"s": pd.array(["x", None, "z"], dtype="string")})
    t = wire(df)
    assert t["columns"][0]["kind"] == "string"
    back = roundtrip(df)
    assert back["s"].iloc[0] == "x" and pd.isna(back["s"].iloc[1])


def test_datetime_naive_and_tz_aware():
    naive = pd.to_datetime(["2024-01-02 03:04:05", None, "1969-12-31 00:00:00"])
    aware = pd.date_range("2024-03-01", periods=3, freq="h", tz="Europe/Paris")
    df = pd.DataFrame({"naive": naive, "aware": aware})
    t = wire(df)
    c0, c1 = t["columns"]
    assert (c0["kind"], c0["tz"]) == ("datetime", None) and c0["validity"] == bytes([0b101])
    assert (c1["kind"], c1["tz"]) == ("datetime", "Europe/Paris")
    unit = c0["unit"]
    values = np.frombuffer(c0["data"], "<i8")
    per_s = {"s": 1, "ms": 10**3, "us": 10**6, "ns": 10**9}[unit]
    assert values[0] == int(pd.Timestamp("2024-01-02 03:04:05").timestamp()) * per_s
    # tz-aware values are UTC instants
    assert np.frombuffer(c1["data"], "<i8")[0] == int(aware[0].timestamp()) * {"s": 1, "ms": 10**3, "us": 10**6,
                                                                               "ns": 10**9}[c1["unit"]]
    back = roundtrip(df)
    assert back["naive"].iloc[0] == naive[0] and pd.isna(back["naive"].iloc[1])
    assert back["aware"].tolist() == aware.tolist()
    assert str(back["aware"].dt.tz) == "Europe/Paris"


def test_date_time_timedelta_decimal_bytes_object():
    df = pd.DataFrame({
        "date": [dt.date(2024, 2, 29), None, dt.date(1960, 1, 1)],
        "time": [dt.time(13, 45, 1, 5), dt.time(0, 0), None],
        "td": pd.to_timedelta(["1 day", None, "-2h"]),
        "dec": [decimal.Decimal("1.10"), None, decimal.Decimal("-3")],
        "bytes": [b"\x00\xff", b"", None],
        "mixed": [1, "a", [1, 2]],
        "pydt": [dt.datetime(2020, 1, 1, 12), None, dt.datetime(2021, 6, 1)],
    })
    t = wire(df)
    kinds = [c["kind"] for c in t["columns"]]
    assert kinds == ["date", "time", "timedelta", "decimal", "bytes", "object", "datetime"]
    date = t["columns"][0]
    assert np.frombuffer(date["data"], "<i4").tolist()[0] == (dt.date(2024, 2, 29) - dt.date(1970, 1, 1)).days
    time = t["columns"][1]
    assert np.frombuffer(time["data"], "<i8").tolist()[0] == ((13 * 60 + 45) * 60 + 1) * 10**6 + 5
    back = roundtrip(df)
    assert back["date"].tolist() == [dt.date(2024, 2, 29), None, dt.date(1960, 1, 1)]
    assert back["time"].tolist() == [dt.time(13, 45, 1, 5), dt.time(0, 0), None]
    assert back["td"].iloc[0] == pd.Timedelta("1 day") and pd.isna(back["td"].iloc[1])
    assert back["dec"].tolist() == [decimal.Decimal("1.10"), None, decimal.Decimal("-3")]
    assert back["bytes"].tolist() == [b"\x00\xff", b"", None]
    assert back["mixed"].tolist() == ["1", "a", "[1, 2]"]
    assert back["pydt"].iloc[0] == dt.datetime(2020, 1, 1, 12)


def test_category():
    df = pd.DataFrame({"c": pd.Categorical(["b", "a", None, "b"], categories=["a", "b"])})
    t = wire(df)
    col = t["columns"][0]
    assert col["kind"] == "category" and col["buffer"] == "int8" and col["ncategories"] == 2
    assert col["categories"]["kind"] == "string"
    assert np.frombuffer(col["data"], "i1").tolist() == [1, 0, -1, 1]
    pd.testing.assert_frame_equal(roundtrip(df), df)


def test_indexes_multiindex_and_column_labels():
    idx = pd.MultiIndex.from_arrays([["x", "x", "y"], [1, 2, 1]], names=["k1", "k2"])
    df = pd.DataFrame({"v": [1.0, 2.0, 3.0]}, index=idx)
    t = wire(df)
    assert [(c["name"], c["kind"]) for c in t["index"]] == [("k1", "string"), ("k2", "int")]
    pd.testing.assert_frame_equal(roundtrip(df), df, check_index_type=False)

    named = pd.DataFrame({"a": [1, 2]}, index=pd.Index(["r1", "r2"], name="row"))
    assert roundtrip(named).index.tolist() == ["r1", "r2"]
    stepped = pd.DataFrame({"a": [1, 2]}, index=pd.RangeIndex(10, 14, 2))
    assert wire(stepped)["index"][0]["range"] == [10, 2]
    assert roundtrip(stepped).index.tolist() == [10, 12]

    multi_cols = pd.DataFrame([[1, 2]], columns=pd.MultiIndex.from_tuples([("a", "x"), ("a", "y")]))
    assert wire(multi_cols)["columns"][0]["name"] == ["a", "x"]
    assert list(roundtrip(multi_cols).columns) == [("a", "x"), ("a", "y")]

    arr = np.arange(6).reshape(3, 2)
    t = wire(arr)
    assert [c["name"] for c in t["columns"]] == [0, 1]
    assert roundtrip(arr).values.tolist() == arr.tolist()


def test_accepted_inputs():
    assert to_dataframe(pd.Series([1, 2], name="s")).columns.tolist() == ["s"]
    assert to_dataframe(pd.Index([1, 2], name="i")).columns.tolist() == ["i"]
    assert to_dataframe([1, 2, 3]).shape == (3, 1)
    assert to_dataframe([[1, 2], [3, 4]]).shape == (2, 2)
    assert to_dataframe({"a": [1, 2], "b": [3, 4]}).columns.tolist() == ["a", "b"]
    assert to_dataframe({"a": 1, "b": 2}).to_dict() == {"value": {"a": 1, "b": 2}}
    assert to_dataframe(np.array([1.5, 2.5])).shape == (2, 1)
    assert to_dataframe(None).shape == (0, 0)
    assert to_dataframe((x for x in range(3))).shape == (3, 1)
    empty = wire(pd.DataFrame())
    assert empty["nrows"] == 0 and empty["columns"] == []


def test_unsupported_type_names_the_type():
    with pytest.raises(StreamlitAPIException, match="Unable to convert object of type `<class 'object'>`"):
        encode_table(object())
    with pytest.raises(StreamlitAPIException, match="3 dimensions"):
        encode_table(np.zeros((2, 2, 2)))


def test_big_frame_is_buffers_not_json_cells():
    n = 100_000
    df = pd.DataFrame({"a": np.arange(n), "b": np.random.default_rng(0).random(n), "s": ["x"] * n})
    text, buffers = protocol.encode({"data": encode_table(df)})
    assert len(text) < 2_000  # no per-cell JSON
    assert sum(len(b) for b in buffers) == n * 8 + n * 8 + n + (n + 1) * 4


def test_json_safe_labels():
    df = pd.DataFrame({1.5: [1], np.int64(3): [2], dt.date(2020, 1, 1): [3]})
    t = wire(df)
    assert [c["name"] for c in t["columns"]] == [1.5, 3, "2020-01-01"]
    json.dumps([c["name"] for c in t["columns"]])


def test_ts_fixture_is_fresh():
    """web/test/table.test.ts decodes this file; regenerate it when the format changes."""
    from table_fixture import FIXTURE, fixture_text

    assert FIXTURE.read_text() == fixture_text(), \
        "stale: .venv/bin/python tests/runtime/table_fixture.py > web/test/fixtures/table-wire.json"
