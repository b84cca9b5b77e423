"""``streamlit.dataframe_util``: the conversions apps and component libraries call."""

from __future__ import annotations

from typing import Any

from wasmlit.st._table import to_dataframe


def is_dataframe_like(obj: Any) -> bool:
    """pandas / polars / pyarrow tables and Series, numpy arrays and the like (by type, never imported)."""
    module = type(obj).__module__.split(".")[0]
    return module in ("pandas", "polars", "pyarrow", "numpy", "modin", "dask", "xarray") or hasattr(
        obj, "__dataframe__")


def is_pandas_styler(obj: Any) -> bool:
    return type(obj).__name__ == "Styler" and type(obj).__module__.startswith("pandas")


def convert_anything_to_pandas_df(data: Any, max_unevaluated_rows: int = 10000,
                                  ensure_copy: bool = False) -> Any:
    """A pandas DataFrame for whatever st.dataframe accepts (dicts, lists, numpy, Series...)."""
    df = to_dataframe(data)
    return df.copy() if ensure_copy else df


def convert_anything_to_list(obj: Any) -> list[Any]:
    if obj is None:
        return []
    if isinstance(obj, (str, int, float, bool)):
        return [obj]
    if is_dataframe_like(obj):
        df = convert_anything_to_pandas_df(obj)
        return df.iloc[:, 0].to_list() if len(df.columns) else []
    return list(obj)


__all__ = ["convert_anything_to_list", "convert_anything_to_pandas_df", "is_dataframe_like", "is_pandas_styler"]
