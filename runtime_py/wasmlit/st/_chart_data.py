"""Chart data: any chartable object as a DataFrame, Vega-Lite field types, and the ``datasets``
entries of a ``vega_lite_chart`` element (columnar tables of ``st._table`` named by a hash of
their content).

pandas is imported only when a chart is drawn, never at import time.
"""

from __future__ import annotations

import hashlib
from datetime import date
from typing import TYPE_CHECKING, Any

from wasmlit.errors import StreamlitAPIException

if TYPE_CHECKING:
    import pandas as pd


def column_not_found(df: Any, column: Any) -> StreamlitAPIException:
    """A chart's x/y/color/size names a missing column: a plain StreamlitAPIException, as in 1.67."""
    available = ", ".join(str(c) for c in list(df.columns))
    return StreamlitAPIException(f'Data does not have a column named `"{column}"`. Available columns are `{available}`')



def require_pandas() -> Any:
    try:
        import pandas
    except ImportError:  # pragma: no cover - a site without pandas
        raise StreamlitAPIException(
            "Charts need pandas: add `import pandas` to the app (or `pandas` to requirements.txt) "
            "so that the site includes it.") from None
    return pandas


def to_dataframe(data: Any) -> "pd.DataFrame":
    """Any chartable data as a new pandas DataFrame (never the caller's object); the same
    conversions (and errors) as st.dataframe."""
    require_pandas()
    from wasmlit.st import _table

    return _table.to_dataframe(data).copy()


def infer_vegalite_type(column: Any) -> str:
    """quantitative / ordinal / nominal / temporal from a pandas Series (Altair's rules)."""
    from pandas.api.types import infer_dtype

    kind = infer_dtype(column, skipna=True)
    if kind in ("floating", "mixed-integer-float", "integer", "mixed-integer", "complex", "decimal"):
        return "quantitative"
    if kind == "categorical" and column.cat.ordered:
        return "ordinal"
    if kind in ("datetime", "datetime64", "timedelta", "timedelta64", "date", "time", "period"):
        return "temporal"
    return "nominal"


def is_date_column(df: "pd.DataFrame", name: str | None) -> bool:
    if name is None or df[name].size == 0:
        return False
    return isinstance(df[name].iloc[0], date)


def is_integer_column(df: "pd.DataFrame", name: str | None) -> bool:
    from pandas.api.types import is_bool_dtype, is_integer_dtype

    return name is not None and is_integer_dtype(df[name]) and not is_bool_dtype(df[name])


def encode_dataset(df: "pd.DataFrame") -> tuple[str, Any]:
    """(content-hash name, table in ``st._table``'s columnar format) for a DataFrame.

    Only the columns travel: the index is replaced by a RangeIndex (which costs no buffer);
    the built-in charts have already moved the index they draw into a column."""
    pd = require_pandas()
    from wasmlit.st import _table

    if not isinstance(df.index, pd.RangeIndex) or df.index.start != 0 or df.index.step != 1:
        df = df.reset_index(drop=True)
    table = _table.encode_dataframe(df)
    digest = hashlib.md5(usedforsecurity=False)
    _hash_into(digest, table)
    return digest.hexdigest()[:16], table


def decode_dataset(dataset: dict[str, Any]) -> "pd.DataFrame":
    """A ``datasets`` entry as the page receives it, back as a DataFrame (for AppTest)."""
    pd = require_pandas()
    if "values" in dataset:
        return pd.DataFrame.from_records(dataset["values"])
    from wasmlit.st import _table

    return _table.decode_table(dataset["data"])


def _hash_into(digest: Any, value: Any) -> None:
    from wasmlit.protocol import Binary

    if isinstance(value, Binary):
        digest.update(memoryview(value.data).cast("B"))
    elif isinstance(value, dict):
        for k in sorted(value):
            digest.update(repr(k).encode())
            _hash_into(digest, value[k])
    elif isinstance(value, (list, tuple)):
        digest.update(b"[")
        for v in value:
            _hash_into(digest, v)
        digest.update(b"]")
    else:
        digest.update(repr(value).encode())
