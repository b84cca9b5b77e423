"""The Vega-Lite spec of ``line_chart``, ``area_chart``, ``bar_chart`` and ``scatter_chart``,
built from the data and the arguments following Streamlit 1.67's rules (generated column names,
melting several y columns into one series, legends, tooltips, zoom and hover layers)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from wasmlit.errors import StreamlitAPIException, StreamlitValueError
from wasmlit.st._chart_colors import (StreamlitColorLengthError, StreamlitInvalidColorError, is_color_like,
                                      is_color_tuple_like, to_css_color)
from wasmlit.st._chart_data import (column_not_found, infer_vegalite_type, is_date_column,
                                    is_integer_column, require_pandas, to_dataframe)

if TYPE_CHECKING:
    import pandas as pd

# Titles users see for the columns we generate, and the (collision-proof) names we give them.
_SUFFIX = " -- streamlit-generated"
INDEX_TITLE, VALUE_TITLE, COLOR_TITLE = "index", "value", "color"
INDEX_COLUMN = INDEX_TITLE + _SUFFIX
VALUE_COLUMN = VALUE_TITLE + _SUFFIX
COLOR_COLUMN = COLOR_TITLE + _SUFFIX
# Vega-Lite collapses an axis without a field, so empty charts name a field that does not exist.
MISSING_COLUMN = "DOES_NOT_EXIST" + _SUFFIX

COLOR_LEGEND = {"titlePadding": 5, "offset": 5, "orient": "bottom"}
SIZE_LEGEND = {"titlePadding": 0.5, "offset": 5, "orient": "bottom"}
DEFAULT_SIZE = 100
STACK_VALUES = (None, True, False, "normalize", "center", "layered")
# Zoom and pan (Altair's ``.interactive()``).
ZOOM_PARAM = {"name": "param_1", "select": {"type": "interval", "encodings": ["x", "y"]}, "bind": "scales"}

MARKS = {"line": "line", "area": "area", "bar": "bar", "scatter": "circle"}

def _parse_x(df: "pd.DataFrame", x: Any) -> str | None:
    if x is None:
        return None
    if isinstance(x, str):
        if x not in df.columns:
            raise column_not_found(df, x)
        return x
    raise StreamlitAPIException(
        "x parameter should be a column name (str) or None to use the  dataframe's index. "
        f"Value given: {x} (type {type(x)})")


def _parse_y(df: "pd.DataFrame", y: Any, x_column: str | None) -> list[Any]:
    if y is None:
        columns = list(df.columns)
    elif isinstance(y, str):
        columns = [y]
    elif isinstance(y, Sequence) or type(y).__module__.startswith(("numpy", "pandas")):
        columns = [str(c) for c in y]
    else:
        raise StreamlitAPIException(
            f"y parameter should be a column name (str) or list thereof. Value given: {y} (type {type(y)})")
    for column in columns:
        if column not in df.columns:
            raise column_not_found(df, column)
    # x is a y column only when the user named it in y.
    if x_column in columns and (not y or x_column not in y):
        columns.remove(x_column)
    return columns


def _column_or_value(df: "pd.DataFrame", value: Any) -> tuple[str | None, Any]:
    if isinstance(value, str) and value in df.columns:
        return value, None
    return None, value


class _Prepared:
    """The data reshaped for Vega-Lite, and the (string) names of the fields to encode."""

    def __init__(self, df: "pd.DataFrame", x: str | None, y: str | None, color: str | None,
                 size: str | None) -> None:
        self.df, self.x, self.y, self.color, self.size = df, x, y, color, size


def prepare(df: "pd.DataFrame", x: str | None, y_columns: list[Any], color: str | None,
            size: str | None) -> _Prepared:
    pd = require_pandas()
    # No x: the index becomes the x column.
    if x is None and y_columns:
        x = df.index.name if df.index.name is not None else INDEX_COLUMN
        df.index.name = x
        df = df.reset_index()
    keep: list[Any] = []
    for name in (x, color, size, *y_columns):
        if name is not None and name not in keep:
            keep.append(name)
    df = df[keep].copy() if keep else df.iloc[:, :0].copy()
    if color is not None and len(df[color]) and is_color_tuple_like(df[color].iat[0]):
        df[color] = df[color].map(to_css_color)
    df.columns = pd.Index([str(c) for c in df.columns])
    x = None if x is None else str(x)
    y_names = [str(c) for c in y_columns]
    color = None if color is None else str(color)
    size = None if size is None else str(size)
    y: str | None = None
    if len(y_names) == 1:
        y = y_names[0]
    elif len(y_names) > 1 and x is not None:
        y, color = VALUE_COLUMN, COLOR_COLUMN
        ids = [x] + ([size] if size else [])
        df = pd.melt(df, id_vars=ids, value_vars=y_names, var_name=COLOR_COLUMN, value_name=VALUE_COLUMN)
        values = df[VALUE_COLUMN]
        if values.dtype == "object":
            from pandas.api.types import infer_dtype

            if "mixed" in infer_dtype(values) and len(values.unique()) > 100:
                raise StreamlitAPIException(
                    "The columns used for rendering the chart contain too many values with mixed types. "
                    "Please select the columns manually via the y parameter.")
    return _Prepared(df, x, y, color, size)


def _axis(df: "pd.DataFrame", column: str | None, grid: bool) -> dict[str, Any]:
    return {"tickMinStep": 1, "grid": grid} if is_integer_column(df, column) else {"grid": grid}


def _axis_encoding(df: "pd.DataFrame", column: str | None, from_user: Any, label: str | None,
                   generated: str, vl_type: str, grid: bool) -> dict[str, Any]:
    if column is None:
        field, title = MISSING_COLUMN, ""
    elif column == generated or from_user is None:
        field, title = column, ""
    else:
        field, title = column, column
    if label is not None:
        title = label
    return {"field": field, "title": title, "type": vl_type, "scale": {}, "axis": _axis(df, column, grid)}


def _position_type(df: "pd.DataFrame", column: str | None, discrete: bool) -> str:
    if discrete and not is_date_column(df, column):
        return "ordinal"
    if column is None:
        return "quantitative"
    return infer_vegalite_type(df[column])


def _color_encoding(p: _Prepared, color_value: Any, y_columns: list[str], color_arg: Any) -> dict[str, Any] | None:
    has_value = color_value is not None and not (isinstance(color_value, (list, tuple)) and len(color_value) == 0)
    if has_value:
        if is_color_like(color_value):
            if len(y_columns) != 1:
                raise StreamlitColorLengthError([color_value], y_columns)
            return {"value": to_css_color(color_value)}
        if isinstance(color_value, (list, tuple)):
            if len(color_value) != len(y_columns):
                raise StreamlitColorLengthError(color_value, y_columns)
            if not all(is_color_like(c) for c in color_value):
                raise StreamlitInvalidColorError(color_arg)
            if len(color_value) == 1:
                return {"value": to_css_color(color_value[0])}
            return {"field": p.color, "scale": {"range": [to_css_color(c) for c in color_value]},
                    "legend": dict(COLOR_LEGEND), "type": "nominal", "title": " "}
        raise StreamlitInvalidColorError(color_arg)
    if p.color is None:
        return None
    if p.color == COLOR_COLUMN:  # series made by melting several y columns
        return {"field": p.color, "legend": dict(COLOR_LEGEND), "type": "nominal", "title": " "}
    enc: dict[str, Any] = {"field": p.color, "legend": dict(COLOR_LEGEND), "type": infer_vegalite_type(p.df[p.color])}
    column = p.df[p.color]
    if len(column) and is_color_like(column.iat[0]):
        # The column holds the colors themselves: use them, and no legend of color codes.
        enc["scale"] = {"range": [to_css_color(c) for c in column.unique()]}
        enc["legend"] = None
    return enc


def _size_encoding(chart: str, size_column: str | None, size_value: Any) -> dict[str, Any] | None:
    if chart != "scatter":
        return None
    if size_column is not None:
        return {"field": size_column, "legend": dict(SIZE_LEGEND), "type": "quantitative"}
    if size_value is None:
        return {"value": DEFAULT_SIZE}
    if isinstance(size_value, (int, float)) and not isinstance(size_value, bool):
        return {"value": size_value}
    raise StreamlitValueError("size", f"a column name, a number. Got {size_value!r}")


def _tooltip(p: _Prepared, color_enc: dict[str, Any] | None) -> list[dict[str, Any]]:
    df = p.df
    assert p.x is not None and p.y is not None
    tips: list[dict[str, Any]] = []
    if p.x == INDEX_COLUMN:
        tips.append({"field": p.x, "title": INDEX_TITLE, "type": infer_vegalite_type(df[p.x])})
    else:
        tips.append({"field": p.x, "type": infer_vegalite_type(df[p.x])})
    if p.y == VALUE_COLUMN:
        tips.append({"field": p.y, "title": VALUE_TITLE, "type": "quantitative"})
    else:
        tips.append({"field": p.y, "type": infer_vegalite_type(df[p.y])})
    # A color column holding color codes has no legend, and no tooltip line either.
    if p.color and not (color_enc is not None and "legend" in color_enc and color_enc["legend"] is None):
        if p.color == COLOR_COLUMN:
            tips.append({"field": p.color, "title": COLOR_TITLE, "type": "nominal"})
        else:
            tips.append({"field": p.color, "type": infer_vegalite_type(df[p.color])})
    if p.size:
        tips.append({"field": p.size, "type": infer_vegalite_type(df[p.size])})
    return tips


def check_stack(stack: Any, command: str) -> None:
    if stack not in STACK_VALUES or isinstance(stack, (int, float)) and not isinstance(stack, bool):
        raise StreamlitAPIException(
            f"Invalid value for stack parameter: {stack}. Stack must be one of True, False, \"normalize\", "
            f"\"center\", \"layered\" or None. See documentation for `{command}` "
            f"[here](https://docs.streamlit.io/develop/api-reference/charts/st.{command}) for more information.")


def _sort_encoding(sort: Any, df: "pd.DataFrame") -> Any:
    """bar_chart(sort=...): True = Vega-Lite's default order; False = data order; "col"/"-col" = by a column."""
    if sort is True:
        return None
    if sort is False or sort is None:
        return "NO_SORT"
    if isinstance(sort, str):
        descending = sort.startswith("-")
        column = sort[1:] if descending else sort
        if column not in df.columns:
            raise column_not_found(df, column)
        return {"field": str(column), "order": "descending" if descending else "ascending"}
    raise StreamlitAPIException(f"Invalid `sort` value: {sort!r}. Use a bool or a column name.")


def build_chart_spec(chart: str, data: Any, *, x: Any = None, y: Any = None, x_label: str | None = None,
                     y_label: str | None = None, color: Any = None, size: Any = None, width: Any = None,
                     height: Any = None, stack: Any = None, horizontal: bool = False,
                     sort: Any = True) -> tuple[dict[str, Any], "pd.DataFrame"]:
    """The Vega-Lite spec of a built-in chart (without data values) and the data it draws."""
    df = to_dataframe(data)
    x_column = _parse_x(df, x)
    y_columns = _parse_y(df, y, x_column)
    color_column, color_value = _column_or_value(df, color)
    size_column, size_value = _column_or_value(df, size)
    sort_enc = _sort_encoding(sort, df) if chart == "bar" else None
    p = prepare(df, x_column, y_columns, color_column, size_column)
    y_names = [str(c) for c in y_columns]
    df = p.df

    bar_h = chart == "bar" and horizontal
    bar_v = chart == "bar" and not horizontal
    if bar_h:  # the category axis is vertical: x and y swap places
        x_enc = _axis_encoding(df, p.y, y, x_label, VALUE_COLUMN, _position_type(df, p.y, False), grid=True)
        y_enc = _axis_encoding(df, p.x, x, y_label, INDEX_COLUMN, _position_type(df, p.x, True), grid=False)
    else:
        x_enc = _axis_encoding(df, p.x, x, x_label, INDEX_COLUMN, _position_type(df, p.x, bar_v), grid=False)
        y_enc = _axis_encoding(df, p.y, y, y_label, VALUE_COLUMN, _position_type(df, p.y, False), grid=True)
    if stack is not None and chart in ("bar", "area"):
        value = False if stack == "layered" else stack
        (x_enc if bar_h else y_enc)["stack"] = value
    if sort_enc is not None:
        (y_enc if bar_h else x_enc)["sort"] = None if sort_enc == "NO_SORT" else sort_enc

    encoding: dict[str, Any] = {"x": x_enc, "y": y_enc}
    if chart == "bar" and stack is False and p.color is not None:
        encoding["yOffset" if bar_h else "xOffset"] = {"field": p.color}
    if p.color and (chart == "area" or stack == "layered"):
        encoding["opacity"] = {"value": 0.7}
    color_enc = _color_encoding(p, color_value, y_names, color)
    if color_enc is not None:
        encoding["color"] = color_enc
    size_enc = _size_encoding(chart, size_column, size_value)
    if size_enc is not None:
        encoding["size"] = size_enc
    if p.x is not None and p.y is not None:
        encoding["tooltip"] = _tooltip(p, color_enc)

    # Zoom and pan on the continuous axes (Vega can only bind continuous scales; a bar chart's
    # category axis is left out so the browser console stays clean).
    zoom_axes = [axis for axis, enc in (("x", x_enc), ("y", y_enc)) if enc["type"] in ("quantitative", "temporal")]
    params = [{**ZOOM_PARAM, "select": {"type": "interval", "encodings": zoom_axes}}] if zoom_axes else []

    w = width if isinstance(width, int) and not isinstance(width, bool) else 0
    h = height if isinstance(height, int) and not isinstance(height, bool) else 0
    mark: dict[str, Any] = {"type": MARKS[chart]}
    spec: dict[str, Any]
    if chart == "line" and p.x is not None:
        # Line charts show the nearest point under the pointer (Streamlit 1.67's hover layer).
        hover = {"name": "param_2", "select": {"type": "point", "nearest": True, "on": "pointerover",
                                               "fields": [p.x], "clear": "pointerout"}}
        points = {"mark": {"type": "point", "filled": True, "size": 65},
                  "encoding": {**encoding, "opacity": {"condition": {"param": "param_2", "value": 1, "empty": False},
                                                       "value": 0}},
                  "params": [hover]}
        spec = {"layer": [{"mark": mark, "encoding": encoding, "params": params}, points],
                "config": {"legend": {"symbolType": "stroke"}}, "width": w, "height": h}
    else:
        spec = {"mark": mark, "encoding": encoding, "params": params, "width": w, "height": h}
    return spec, df
