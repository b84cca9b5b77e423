"""The cross-language fixture for the table wire format: web/test/fixtures/table-wire.json.

One DataFrame with every column kind, encoded by ``encode_table``, with the buffers as
base64 and the values the page must decode (``expected``). The TS test
(web/test/table.test.ts) decodes it; tests/runtime/test_dataframe_wire.py fails when
the committed file is stale. Regenerate:

    .venv/bin/python tests/runtime/table_fixture.py > web/test/fixtures/table-wire.json
"""

from __future__ import annotations

import base64
import datetime as dt
import decimal
import json
import sys
from pathlib import Path

FIXTURE = Path(__file__).resolve().parents[2] / "web" / "test" / "fixtures" / "table-wire.json"


def frame():  # type: ignore[no-untyped-def]
    import numpy as np
    import pandas as pd

    return pd.DataFrame({
        "i8": np.array([1, -2, 3], dtype=np.int8),
        "big": np.array([2**62, -1, 0], dtype=np.int64),
        "u32": np.array([1, 2, 4_000_000_000], dtype=np.uint32),
        "f64": [0.5, np.nan, -2.25],
        "f32": np.array([1.5, 2, 3], dtype=np.float32),
        "b": [True, False, True],
        "I64": pd.array([7, None, 9], dtype="Int64"),
        "s": ["a", None, "héllo ✓"],
        "dt": pd.to_datetime(["2024-01-02 03:04:05.123", None, "1969-12-31 23:59:59.000"]),
        "tz": pd.date_range("2024-03-01", periods=3, freq="h", tz="Europe/Paris"),
        "date": [dt.date(2024, 2, 29), None, dt.date(1960, 1, 1)],
        "time": [dt.time(13, 45, 1, 5), dt.time(0, 0), None],
        "td": pd.to_timedelta(["1 day", None, "-2h"]),
        "dec": [decimal.Decimal("1.10"), None, decimal.Decimal("-3")],
        "bytes": [b"ab", b"", None],
        "obj": [1, "a", [1, 2]],
        "cat": pd.Categorical(["y", None, "x"], categories=["x", "y"]),
    }, index=pd.Index(["r0", "r1", "r2"], name="row"))


def expected() -> dict[str, list]:
    """What Column.value(i) must give: numbers, ms since the epoch, µs since midnight, text."""
    day = 86_400_000
    return {
        "i8": [1, -2, 3],
        "big": [float(2**62), -1, 0],
        "u32": [1, 2, 4_000_000_000],
        "f64": [0.5, None, -2.25],
        "f32": [1.5, 2, 3],
        "b": [True, False, True],
        "I64": [7, None, 9],
        "s": ["a", None, "héllo ✓"],
        "dt": [1704164645123, None, -1000],
        "tz": [1709247600000, 1709251200000, 1709254800000],
        "date": [(dt.date(2024, 2, 29) - dt.date(1970, 1, 1)).days * day, None,
                 (dt.date(1960, 1, 1) - dt.date(1970, 1, 1)).days * day],
        "time": [((13 * 60 + 45) * 60 + 1) * 10**6 + 5, 0, None],
        "td": [day, None, -2 * 3_600_000],
        "dec": ["1.10", None, "-3"],
        "bytes": ["ab", "", None],
        "obj": ["1", "a", "[1, 2]"],
        "cat": ["y", None, "x"],
    }


def fixture_text() -> str:
    from wasmlit import protocol
    from wasmlit.st._table import encode_table

    text, buffers = protocol.encode({"table": encode_table(frame()), "expected": expected(),
                                     "big_text": str(2**62)})
    doc = {"message": json.loads(text),
           "buffers": [base64.b64encode(bytes(memoryview(b).cast("B"))).decode() for b in buffers]}
    return json.dumps(doc, indent=1, sort_keys=True) + "\n"


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "runtime_py"))
    sys.stdout.write(fixture_text())
