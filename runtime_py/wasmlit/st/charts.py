"""Charts: ``line_chart``, ``area_chart``, ``bar_chart``, ``scatter_chart`` (their Vega-Lite
spec is built here, following Streamlit 1.67's rules), ``altair_chart`` and ``vega_lite_chart``.

Every chart becomes one ``vega_lite_chart`` element (see ``protocol.ElementType``):

- ``spec``: the Vega-Lite spec as JSON text, without data values; tabular data is referred to
  by name (``{"data": {"name": "<content hash>"}}``), as Streamlit's ``proto.spec`` does.
- ``datasets``: ``[{name, data}]`` where ``data`` is the columnar table of ``st._table`` (its
  column buffers travel as ``protocol.Binary``, never as JSON numbers). The name is a hash of
  the content, so the page knows without comparing bytes that the data did not change.

The page renders the spec with vega-embed (a separate bundle loaded on the first chart).

pandas is needed to shape data (index → x, melting several y columns); it is imported only
when a chart is drawn, never by this module at import time. altair likewise.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from wasmlit.errors import StreamlitAPIException, StreamlitValueError

if TYPE_CHECKING:
    import pandas as pd

    from wasmlit.st.delta_generator import DeltaGenerator

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


# ------------------------------------------------------------------ colors


def is_hex_color_like(value: Any) -> bool:
    return (isinstance(value, str) and value.startswith("#") and value[1:].isalnum()
            and len(value) in (4, 5, 7, 9))


def is_color_tuple_like(value: Any) -> bool:
    return (isinstance(value, (tuple, list)) and len(value) in (3, 4)
            and all(isinstance(c, (int, float)) and not isinstance(c, bool) for c in value))


def _is_css_color_like(value: Any) -> bool:
    return is_hex_color_like(value) or (isinstance(value, str) and value.startswith(("rgb(", "rgba(")))


def is_color_like(value: Any) -> bool:
    return _is_css_color_like(value) or is_color_tuple_like(value)


def _channel(c: float) -> int:
    """0..255 from an int (0..255) or a float (0.0..1.0), clamped."""
    if isinstance(c, float):
        c = int(c * 255)
    return min(255, max(int(c), 0))


def to_css_color(value: Any) -> str:
    """A color Vega understands: hex and rgb() strings as given; tuples → ``rgb()``/``rgba()``."""
    if _is_css_color_like(value):
        return value
    if is_color_tuple_like(value):
        r, g, b = (_channel(c) for c in value[:3])
        if len(value) == 3:
            return f"rgb({r}, {g}, {b})"
        a = value[3]
        alpha = min(1.0, max(a / 255.0 if isinstance(a, int) else float(a), 0.0))
        return f"rgba({r}, {g}, {b}, {alpha})"
    raise StreamlitAPIException(f"This does not look like a valid color: {value!r}")


class StreamlitColumnNotFoundError(StreamlitAPIException):
    def __init__(self, df: Any, column: Any) -> None:
        available = ", ".join(str(c) for c in list(df.columns))
        super().__init__(f'Data does not have a column named `"{column}"`. Available columns are `{available}`')


class StreamlitInvalidColorError(StreamlitAPIException):
    def __init__(self, color: Any) -> None:
        super().__init__(f"""
This does not look like a valid color argument: `{color}`.

The color argument can be:

* A hex string like "#ffaa00" or "#ffaa0088".
* An RGB or RGBA tuple with the red, green, blue, and alpha
  components specified as ints from 0 to 255 or floats from 0.0 to
  1.0.
* The name of a column.
* Or a list of colors, matching the number of y columns to draw.
        """)


class StreamlitColorLengthError(StreamlitAPIException):
    def __init__(self, colors: Any, y_columns: list[str]) -> None:
        super().__init__(f"The list of colors `{colors}` must have the same length as the list of columns "
                         f"to be colored `{y_columns}`.")


# ------------------------------------------------------------------ data


def _pandas() -> Any:
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
    _pandas()
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


def _is_date_column(df: "pd.DataFrame", name: str | None) -> bool:
    if name is None or df[name].size == 0:
        return False
    return isinstance(df[name].iloc[0], date)


def _is_integer_column(df: "pd.DataFrame", name: str | None) -> bool:
    from pandas.api.types import is_bool_dtype, is_integer_dtype

    return name is not None and is_integer_dtype(df[name]) and not is_bool_dtype(df[name])


# ------------------------------------------------------------------ built-in charts


def _parse_x(df: "pd.DataFrame", x: Any) -> str | None:
    if x is None:
        return None
    if isinstance(x, str):
        if x not in df.columns:
            raise StreamlitColumnNotFoundError(df, x)
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
            raise StreamlitColumnNotFoundError(df, column)
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
    pd = _pandas()
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
    return {"tickMinStep": 1, "grid": grid} if _is_integer_column(df, column) else {"grid": grid}


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
    if discrete and not _is_date_column(df, column):
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


def _check_stack(stack: Any, command: str) -> None:
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
            raise StreamlitColumnNotFoundError(df, column)
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


# ------------------------------------------------------------------ datasets


def encode_dataset(df: "pd.DataFrame") -> tuple[str, Any]:
    """(content-hash name, table in ``st._table``'s columnar format) for a DataFrame.

    Only the columns travel: the index is replaced by a RangeIndex (which costs no buffer);
    the built-in charts have already moved the index they draw into a column."""
    pd = _pandas()
    from wasmlit.st import _table

    if not isinstance(df.index, pd.RangeIndex) or df.index.start != 0 or df.index.step != 1:
        df = df.reset_index(drop=True)
    table = _table.encode_dataframe(df)
    digest = hashlib.md5(usedforsecurity=False)
    _hash_into(digest, table)
    return digest.hexdigest()[:16], table


def decode_dataset(dataset: dict[str, Any]) -> "pd.DataFrame":
    """A ``datasets`` entry as the page receives it, back as a DataFrame (for AppTest)."""
    pd = _pandas()
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


def _layout(use_container_width: Any, width: Any) -> bool:
    """Whether the chart stretches to its container's width (1.67's width="stretch")."""
    if use_container_width is not None:
        return bool(use_container_width)
    if isinstance(width, int) and not isinstance(width, bool):
        return False
    if width in (None, "stretch"):
        return True
    if width == "content":
        return False
    raise StreamlitAPIException(f"Invalid width value: {width!r}. Width must be an integer, 'stretch' or 'content'.")


def _check_height(height: Any) -> None:
    if height is None or height in ("content", "stretch") or isinstance(height, int) and not isinstance(height, bool):
        if isinstance(height, int) and height < 1:
            raise StreamlitAPIException(f"Invalid height value: {height}. Height must be a positive integer.")
        return
    raise StreamlitAPIException(f"Invalid height value: {height!r}. Height must be an integer, 'content' or 'stretch'.")


def _check_theme(theme: Any) -> None:
    if theme not in ("streamlit", None):
        raise StreamlitAPIException(
            f'You set theme="{theme}" while Streamlit charts only support theme=”streamlit” or theme=None to '
            "fallback to the default library theme.")


def _check_on_select(on_select: Any) -> None:
    if on_select not in ("ignore", None):
        raise StreamlitAPIException(
            "Chart selections (`on_select`) are not supported yet by wasmlit; use on_select=\"ignore\".")


# ------------------------------------------------------------------ the mixin


class ChartsMixin:
    # Built-in charts ------------------------------------------------------

    def _builtin_chart(self: "DeltaGenerator", chart: str, data: Any, *, use_container_width: Any, width: Any,
                       height: Any, **kwargs: Any) -> "DeltaGenerator":
        stretch = _layout(use_container_width, width)
        _check_height(height)
        spec, df = build_chart_spec(chart, data, width=width, height=height, **kwargs)
        return self._chart(spec, [df], stretch, theme="streamlit", builtin=True)

    def line_chart(self: "DeltaGenerator", data: Any = None, *, x: Any = None, y: Any = None,
                   x_label: str | None = None, y_label: str | None = None, color: Any = None,
                   width: Any = None, height: Any = None, use_container_width: bool | None = None
                   ) -> "DeltaGenerator":
        return self._builtin_chart("line", data, x=x, y=y, x_label=x_label, y_label=y_label, color=color,
                                   width=width, height=height, use_container_width=use_container_width)

    def area_chart(self: "DeltaGenerator", data: Any = None, *, x: Any = None, y: Any = None,
                   x_label: str | None = None, y_label: str | None = None, color: Any = None,
                   stack: Any = None, width: Any = None, height: Any = None,
                   use_container_width: bool | None = None) -> "DeltaGenerator":
        _check_stack(stack, "area_chart")
        return self._builtin_chart("area", data, x=x, y=y, x_label=x_label, y_label=y_label, color=color,
                                   stack=stack, width=width, height=height,
                                   use_container_width=use_container_width)

    def bar_chart(self: "DeltaGenerator", data: Any = None, *, x: Any = None, y: Any = None,
                  x_label: str | None = None, y_label: str | None = None, color: Any = None,
                  horizontal: bool = False, sort: Any = True, stack: Any = None, width: Any = None,
                  height: Any = None, use_container_width: bool | None = None) -> "DeltaGenerator":
        _check_stack(stack, "bar_chart")
        return self._builtin_chart("bar", data, x=x, y=y, x_label=x_label, y_label=y_label, color=color,
                                   horizontal=bool(horizontal), sort=sort, stack=stack, width=width,
                                   height=height, use_container_width=use_container_width)

    def scatter_chart(self: "DeltaGenerator", data: Any = None, *, x: Any = None, y: Any = None,
                      x_label: str | None = None, y_label: str | None = None, color: Any = None,
                      size: Any = None, width: Any = None, height: Any = None,
                      use_container_width: bool | None = None) -> "DeltaGenerator":
        return self._builtin_chart("scatter", data, x=x, y=y, x_label=x_label, y_label=y_label, color=color,
                                   size=size, width=width, height=height,
                                   use_container_width=use_container_width)

    # Users' own specs -----------------------------------------------------

    def vega_lite_chart(self: "DeltaGenerator", data: Any = None, spec: dict[str, Any] | None = None, *,
                        use_container_width: bool | None = None, theme: str | None = "streamlit",
                        key: str | None = None, on_select: Any = "ignore", selection_mode: Any = None,
                        width: Any = None, height: Any = None, **kwargs: Any) -> "DeltaGenerator":
        _check_theme(theme)
        _check_on_select(on_select)
        if spec is None and isinstance(data, dict) and _looks_like_spec(data):
            data, spec = None, data
        spec = dict(spec or {})
        spec.update(kwargs)  # deprecated: spec keys as keyword arguments
        if not spec:
            raise StreamlitAPIException("Vega-Lite charts require a non-empty spec dict.")
        # Streamlit 1.67 default: stretch unless the spec (or `width`) says otherwise.
        stretch = _layout(use_container_width, width if width is not None else
                          (spec.get("width") if isinstance(spec.get("width"), int) else None))
        _check_height(height)
        if isinstance(width, int) and not isinstance(width, bool):
            spec["width"] = width
        if isinstance(height, int) and not isinstance(height, bool):
            spec["height"] = height
        frames = []
        if data is not None:
            frames.append(to_dataframe(data))
        return self._chart(spec, frames, stretch, theme=theme, builtin=False)

    def altair_chart(self: "DeltaGenerator", altair_chart: Any, *, use_container_width: bool | None = None,
                     theme: str | None = "streamlit", key: str | None = None, on_select: Any = "ignore",
                     selection_mode: Any = None, width: Any = None, height: Any = None) -> "DeltaGenerator":
        _check_theme(theme)
        _check_on_select(on_select)
        if not hasattr(altair_chart, "to_dict"):
            raise StreamlitAPIException(
                f"st.altair_chart expects an Altair chart object, not `{type(altair_chart).__name__}`.")
        spec = altair_chart.to_dict()
        stretch = _layout(use_container_width, width)
        _check_height(height)
        if isinstance(width, int) and not isinstance(width, bool):
            spec["width"] = width
        if isinstance(height, int) and not isinstance(height, bool):
            spec["height"] = height
        return self._chart(spec, [], stretch, theme=theme, builtin=False)

    # ---------------------------------------------------------------------

    def _chart(self: "DeltaGenerator", spec: dict[str, Any], frames: list[Any], stretch: bool, *,
               theme: str | None, builtin: bool) -> "DeltaGenerator":
        """Emit a ``vega_lite_chart`` element. ``frames[0]`` (if any) is the chart's main data."""
        spec = dict(spec)
        datasets: list[dict[str, Any]] = []
        inline = spec.pop("datasets", None) or {}
        if frames:
            name, table = encode_dataset(frames[0])
            datasets.append({"name": name, "data": table})
            spec["data"] = {"name": name}
        pd = None
        for name, records in inline.items():  # Altair puts data inline as named lists of records
            if isinstance(records, list) and records and all(isinstance(r, dict) for r in records):
                pd = pd or _pandas()
                _, table = encode_dataset(pd.DataFrame.from_records(records))
                datasets.append({"name": str(name), "data": table})
            else:
                datasets.append({"name": str(name), "values": records})
        return self._enqueue("vega_lite_chart", {
            "spec": json.dumps(spec, default=_json_default, allow_nan=False, sort_keys=False),
            "datasets": datasets,
            "use_container_width": stretch,
            "theme": theme,
            "builtin": builtin,
        })


def _looks_like_spec(value: dict[str, Any]) -> bool:
    keys = {"mark", "encoding", "layer", "hconcat", "vconcat", "concat", "facet", "repeat", "data", "$schema",
            "spec", "params", "transform"}
    return bool(keys & set(value))


def _json_default(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    if hasattr(value, "tolist"):
        return value.tolist()
    return str(value)
