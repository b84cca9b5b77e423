"""st.dataframe, st.table and st.data_editor.

Data goes to the page in the columnar wire format of ``st/_table.py`` (typed buffers,
transferred, never JSON per cell). ``column_config`` is resolved here into one config
dict per index level / data column (``st/column_config.py``).

st.data_editor is a widget: its wire value is Streamlit's editing state
``{"edited_rows": {pos: {col: v}}, "added_rows": [{col: v}], "deleted_rows": [pos]}``
(row positions in the original data; ``"_index"`` names the index). The script gets
the data with those edits applied, in the input's own type where Streamlit does that.
"""

from __future__ import annotations

import copy
import datetime as _dt
import decimal as _decimal
import hashlib
import json
import logging
from typing import TYPE_CHECKING, Any, Callable, Iterable

from wasmlit.errors import StreamlitAPIException, StreamlitValueError
from wasmlit.protocol import Binary
from wasmlit.st import column_config as cc
from wasmlit.st._table import encode_dataframe, to_dataframe, unsupported_type_error
from wasmlit.st.widgets._registry import WidgetSpec, register

if TYPE_CHECKING:
    from wasmlit.st.delta_generator import DeltaGenerator

_LOGGER = logging.getLogger(__name__)
INDEX = cc.INDEX_IDENTIFIER
EDITABLE_KINDS = ("int", "float", "bool", "string", "datetime", "date", "time", "decimal", "category")


def _layout(width: Any, height: Any, use_container_width: bool | None, default_width: str = "stretch"
            ) -> tuple[Any, int | None]:
    if width is None:
        width = default_width
    if use_container_width is not None:
        if use_container_width:
            width = "stretch"
        elif not isinstance(width, int):
            width = "content"
    if not (width in ("stretch", "content") or (isinstance(width, int) and not isinstance(width, bool)
                                                 and width > 0)):
        raise StreamlitAPIException(
            f"Invalid width value: {width!r}. Width must be either an integer (pixels), 'stretch', or 'content'.")
    if height in (None, "auto"):
        height = None
    elif not (isinstance(height, int) and not isinstance(height, bool) and height > 0):
        raise StreamlitAPIException(
            f"Invalid height value: {height!r}. Height must be either an integer (pixels) or 'auto'.")
    return width, height


def _column_order(column_order: Iterable[Any] | None) -> list[str] | None:
    if column_order is None:
        return None
    if isinstance(column_order, str):
        column_order = [column_order]
    return [str(c) for c in column_order]


def _grid_props(df: Any, width: Any, height: Any, use_container_width: bool | None, hide_index: bool | None,
                column_order: Any, mapping: dict[Any, dict[str, Any]], row_height: int | None,
                table: dict[str, Any] | None = None) -> dict[str, Any]:
    width, height = _layout(width, height, use_container_width)
    if hide_index is not None and not isinstance(hide_index, bool):
        raise StreamlitAPIException(f"hide_index must be a bool or None, got {hide_index!r}.")
    if row_height is not None and not (isinstance(row_height, int) and row_height > 0):
        raise StreamlitAPIException(f"row_height must be a positive int, got {row_height!r}.")
    table = table if table is not None else encode_dataframe(df)
    index_cfg, col_cfg = cc.resolve(mapping, list(df.columns), len(table["index"]))
    return {"data": table, "height": height, "width": width, "hide_index": hide_index,
            "column_order": _column_order(column_order), "index_config": index_cfg, "column_config": col_cfg,
            "row_height": row_height}


class DataframeMixin:
    def dataframe(self: "DeltaGenerator", data: Any = None, width: Any = None, height: Any = None, *,
                  use_container_width: bool | None = None, hide_index: bool | None = None,
                  column_order: Iterable[Any] | None = None, column_config: Any = None, key: Any = None,
                  on_select: Any = "ignore", selection_mode: Any = "multi-row", row_height: int | None = None,
                  placeholder: str | None = None) -> "DeltaGenerator":
        """Show data as an interactive (sortable, resizable, virtualised) table."""
        if on_select not in ("ignore", None, False):
            raise StreamlitAPIException(
                "wasmlit does not support dataframe selections yet: use `on_select=\"ignore\"` (the default).")
        df = to_dataframe(data)
        props = _grid_props(df, width, height, use_container_width, hide_index, column_order,
                            cc.process_config(column_config), row_height)
        return self._enqueue("dataframe", props)

    def table(self: "DeltaGenerator", data: Any = None, *, border: Any = True, width: Any = "stretch",
              height: Any = "content", hide_index: bool | None = None, hide_header: bool | None = None,
              alt: str | None = None) -> "DeltaGenerator":
        """Show data as a static table (every cell in the page)."""
        from wasmlit.st import _layout_args

        if not (border is True or border is False or border == "horizontal"):
            raise StreamlitValueError("border", ["True", "False", "'horizontal'"])
        _layout_args.width(width)
        _layout_args.height(height)
        df = to_dataframe(data)
        return self._enqueue("table", {"data": encode_dataframe(df), "border": border, "width": width,
                                       "height": height if isinstance(height, int) else None,
                                       "hide_index": bool(hide_index), "hide_header": bool(hide_header)})

    def data_editor(self: "DeltaGenerator", data: Any, *, width: Any = "stretch", height: Any = "auto",
                    use_container_width: bool | None = None, hide_index: bool | None = None,
                    column_order: Iterable[Any] | None = None, column_config: Any = None,
                    num_rows: str = "fixed", disabled: bool | Iterable[Any] = False, key: Any = None,
                    on_change: Callable[..., Any] | None = None, args: Any = None, kwargs: Any = None,
                    row_height: int | None = None) -> Any:
        """An editable table; returns the edited data (the input's type where Streamlit keeps it)."""
        import pandas as pd

        if num_rows not in ("fixed", "dynamic"):
            raise StreamlitAPIException(
                f"Invalid num_rows value: {num_rows!r}. num_rows must be either 'fixed' or 'dynamic'.")
        data_format = _data_format(data)
        if data_format == "unknown":
            raise StreamlitAPIException(
                f"The data type ({type(data).__name__}) or format is not supported by the data editor. "
                "Please convert your data into a Pandas Dataframe or another supported data format.")
        try:
            df = to_dataframe(data).copy()
        except StreamlitAPIException:
            raise StreamlitAPIException(
                f"The data type ({type(data).__name__}) or format is not supported by the data editor. "
                "Please convert your data into a Pandas Dataframe or another supported data format.") from None
        if not _is_supported_index(df.index):
            raise StreamlitAPIException(
                f"The type of the dataframe index - {type(df.index).__name__} - is not yet supported by the "
                "data editor.")
        _check_column_names(df)
        mapping = cc.process_config(column_config)
        _fix_column_headers(df)
        has_range_index = isinstance(df.index, pd.RangeIndex)
        if not has_range_index:
            cc.merge(mapping, INDEX, {"required": True})
        if hide_index is None and has_range_index and num_rows == "dynamic":
            hide_index = True
        if not isinstance(disabled, bool):
            for column in disabled:
                cc.merge(mapping, column, {"disabled": True})
        table = encode_dataframe(df)
        schema = {INDEX: table["index"][0]["kind"]} | {c: t["kind"] for c, t in zip(df.columns, table["columns"])}
        # Columns whose values cannot be edited in a cell (bytes, mixed objects, timedeltas) are read-only.
        for name, kind in schema.items():
            if kind not in EDITABLE_KINDS and not (name in mapping and mapping[name].get("disabled") is False):
                cc.merge(mapping, name, {"disabled": True})
        props = _grid_props(df, width, height, use_container_width, hide_index, column_order, mapping,
                            row_height, table)
        identity = {
            "data": _table_digest(table), "width": props["width"], "height": props["height"],
            "column_order": props["column_order"], "column_config": repr(sorted(mapping.items(), key=repr)),
            "num_rows": num_rows, "row_height": row_height,
            # As in Streamlit 1.67: hide_index (set, or implied by dynamic rows) and use_container_width
            # tell two editors of the same data apart; `disabled=True` does not.
            "hide_index": hide_index, "use_container_width": use_container_width,
        }
        state, widget_id = register(self, WidgetSpec(
            kind="data_editor", label="", key=key, default=_empty_state(), identity=identity,
            keyed_identity=identity, deserialize=_deserialize, serialize=_serialize, on_change=on_change,
            args=args, kwargs=kwargs, readonly_key=True,
        ))
        state = _deserialize(state) if not isinstance(state, dict) else state
        edited = apply_edits(df, state, schema)
        self._enqueue("data_editor", {**props, "value": _serialize(state), "num_rows": num_rows,
                                      "disabled": disabled is True}, widget_id)
        return _to_format(edited, data_format, data)


# ---------------------------------------------------------------- editing state


def _empty_state() -> dict[str, Any]:
    return {"edited_rows": {}, "added_rows": [], "deleted_rows": []}


def _deserialize(wire: Any) -> dict[str, Any]:
    if wire is None:
        return _empty_state()
    if isinstance(wire, str):
        wire = json.loads(wire)
    state = {"edited_rows": {}, "added_rows": [], "deleted_rows": [], **copy.deepcopy(dict(wire))}
    state["edited_rows"] = {int(k): dict(v) for k, v in state["edited_rows"].items()}
    state["added_rows"] = [dict(r) for r in state["added_rows"]]
    state["deleted_rows"] = [int(r) for r in state["deleted_rows"]]
    return state


def _serialize(state: Any) -> dict[str, Any]:
    state = _deserialize(state)
    return json.loads(json.dumps({
        "edited_rows": {str(k): v for k, v in state["edited_rows"].items()},
        "added_rows": state["added_rows"], "deleted_rows": state["deleted_rows"],
    }, default=str))


def _table_digest(table: dict[str, Any]) -> str:
    digest = hashlib.md5(usedforsecurity=False)

    def feed(value: Any) -> None:
        if isinstance(value, Binary):
            digest.update(memoryview(value.data).cast("B"))
        elif isinstance(value, dict):
            for k in sorted(value):
                digest.update(k.encode())
                feed(value[k])
        elif isinstance(value, list):
            for v in value:
                feed(v)
        else:
            digest.update(repr(value).encode())

    feed(table)
    return digest.hexdigest()


def parse_value(value: Any, kind: str) -> Any:
    """An edited cell's JSON value as the column's Python type (Streamlit's ``_parse_value``)."""
    if value is None:
        return None
    import pandas as pd

    try:
        if kind in ("string", "category") and not isinstance(value, str):
            return str(value) if kind == "string" else value
        if kind == "string":
            return str(value)
        if kind == "int":
            return int(value)
        if kind == "float":
            return float(value)
        if kind == "bool":
            return bool(value)
        if kind == "decimal":
            return _decimal.Decimal(str(value))
        if kind == "timedelta":
            return pd.Timedelta(value)
        if kind in ("datetime", "date", "time"):
            if kind == "time" and isinstance(value, str) and len(value) <= 15:
                return _dt.time.fromisoformat(value)
            stamp = pd.Timestamp(value)
            if stamp is pd.NaT:
                return None
            return stamp if kind == "datetime" else stamp.date() if kind == "date" else stamp.time()
    except (ValueError, TypeError, ArithmeticError) as exc:
        _LOGGER.warning("Failed to parse value %s as %s.", value, kind, exc_info=exc)
        return None
    return value


def _set_cell(df: Any, row: int, col: int, value: Any) -> None:
    try:
        df.iloc[row, col] = value
    except (TypeError, ValueError):
        df[df.columns[col]] = df[df.columns[col]].astype(object)
        df.iloc[row, col] = value


def apply_edits(df: Any, state: dict[str, Any], schema: dict[Any, str]) -> Any:
    """Apply cell edits, then deletions, then additions (Streamlit's order), on a copy."""
    import pandas as pd

    df = df.copy()
    for row, changes in state.get("edited_rows", {}).items():
        row = int(row)
        if not 0 <= row < len(df):
            continue
        for column, value in changes.items():
            if column == INDEX:
                df.rename(index={df.index[row]: parse_value(value, schema[INDEX])}, inplace=True)
            elif column in df.columns:
                _set_cell(df, row, df.columns.get_loc(column), parse_value(value, schema[column]))
    deleted = [r for r in state.get("deleted_rows", []) if 0 <= r < len(df)]
    if deleted:
        df = df.drop(df.index[deleted])
    added = state.get("added_rows", [])
    if added:
        if isinstance(df.index, pd.RangeIndex):
            stop, step = df.index.stop, df.index.step
            kind = "range"
        elif pd.api.types.is_integer_dtype(df.index.dtype):
            stop, step = (0 if df.index.empty else int(df.index.max()) + 1), 1
            kind = "integer"
        else:
            stop = step = None
            kind = "other"
        for row in added:
            index_value = None
            values: list[Any] = [None] * df.shape[1]
            for column, value in row.items():
                if column == INDEX:
                    index_value = parse_value(value, schema[INDEX])
                elif column in df.columns:
                    values[df.columns.get_loc(column)] = parse_value(value, schema[column])
            if index_value is not None and kind != "range":
                df.loc[index_value, :] = values
            elif stop is not None:
                df.loc[stop, :] = values
                stop += step
            else:
                _LOGGER.warning("Cannot add a row to an index of type %s without an index value.",
                                type(df.index).__name__)
    return df


# ---------------------------------------------------------------- input formats


def _data_format(data: Any) -> str:
    module = type(data).__module__ or ""
    name = type(data).__name__
    if module.startswith("pandas"):
        return {"DataFrame": "dataframe", "Series": "series", "Styler": "styler"}.get(
            name, "index" if "Index" in name else "dataframe")
    if module.startswith("numpy") and hasattr(data, "ndim"):
        return "numpy_list" if data.ndim == 1 else "numpy_matrix"
    if module.startswith("pyarrow") and name == "Table":
        return "pyarrow"
    if data is None:
        return "empty"
    if isinstance(data, set):
        return "set"
    if isinstance(data, tuple):
        return "tuple"
    if isinstance(data, list):
        if not data:
            return "list_of_values"
        first = data[0]
        if isinstance(first, dict):
            return "list_of_records"
        if isinstance(first, (list, tuple)):
            return "list_of_rows"
        return "list_of_values"
    if isinstance(data, dict):
        if not data:
            return "key_value"
        first = next(iter(data.values()))
        if isinstance(first, dict):
            return "column_index_mapping"
        if isinstance(first, (list, tuple)) or (type(first).__module__ or "").startswith(("numpy", "pandas")):
            return "column_value_mapping"
        return "key_value"
    try:
        to_dataframe(data)
    except StreamlitAPIException:
        return "unknown"
    return "other"


def _to_format(df: Any, data_format: str, original: Any) -> Any:
    import pandas as pd

    if data_format in ("dataframe", "styler", "other", "empty"):
        return df
    if data_format == "series":
        series = df.iloc[:, 0]
        series.name = original.name
        return series
    if data_format == "index":
        return pd.Index(df.iloc[:, 0], name=original.name)
    if data_format == "numpy_list":
        return df.iloc[:, 0].to_numpy()
    if data_format == "numpy_matrix":
        return df.to_numpy()
    if data_format == "pyarrow":
        import pyarrow as pa  # only reached when the input was a pyarrow Table

        return pa.Table.from_pandas(df)
    if data_format == "list_of_values":
        return df.iloc[:, 0].tolist() if df.shape[1] else []
    if data_format == "tuple":
        return tuple(df.iloc[:, 0].tolist())
    if data_format == "set":
        return set(df.iloc[:, 0].tolist())
    if data_format == "list_of_rows":
        return df.to_numpy().tolist()
    if data_format == "list_of_records":
        return df.to_dict(orient="records")
    if data_format == "column_value_mapping":
        return df.to_dict(orient="list")
    if data_format == "column_index_mapping":
        return df.to_dict()
    if data_format == "key_value":
        return df.iloc[:, 0].to_dict() if df.shape[1] else {}
    return df


def _is_supported_index(index: Any) -> bool:
    import pandas as pd

    return type(index) in (pd.RangeIndex, pd.Index, pd.DatetimeIndex, pd.CategoricalIndex)


def _check_column_names(df: Any) -> None:
    if df.columns.empty:
        return
    duplicated = df.columns[df.columns.duplicated()]
    if len(duplicated) > 0:
        raise StreamlitAPIException(
            "All column names are required to be unique for usage with data editor. The following column names "
            f"are duplicated: {list(duplicated)}. Please rename the duplicated columns in the provided data.")
    if INDEX in df.columns:
        raise StreamlitAPIException(
            f"The column name '{INDEX}' is reserved for the index column and can't be used for data columns. "
            "Please rename the column in the provided data.")


def _fix_column_headers(df: Any) -> None:
    import pandas as pd

    if isinstance(df.columns, pd.MultiIndex):
        df.columns = ["_".join(map(str, header)) for header in df.columns.to_flat_index()]
    elif not all(isinstance(c, str) for c in df.columns):
        df.columns = [str(c) for c in df.columns]


__all__ = ["DataframeMixin", "apply_edits", "parse_value", "unsupported_type_error"]
