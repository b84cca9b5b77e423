"""Data display: st.json and st.metric."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit.errors import StreamlitAPIException
from wasmlit.st.widgets._registry import LABEL_VISIBILITIES
from wasmlit.st.write import json_text

if TYPE_CHECKING:
    from wasmlit.st.delta_generator import DeltaGenerator

DELTA_COLORS = ("normal", "inverse", "off", "red", "orange", "yellow", "green", "blue", "violet", "gray", "grey",
                "primary")


class DataMixin:
    def json(self: "DeltaGenerator", body: Any, *, expanded: bool | int = True, width: Any = None) -> "DeltaGenerator":
        if isinstance(expanded, bool) or isinstance(expanded, int):
            pass
        else:
            raise StreamlitAPIException(
                f"The type {type(expanded)} of `expanded` is not supported, must be bool or int.")
        return self._enqueue("json", {"body": json_text(body), "expanded": expanded})

    def metric(self: "DeltaGenerator", label: str, value: Any, delta: Any = None, delta_color: str = "normal", *,
               help: str | None = None, icon: str | None = None, label_visibility: str = "visible",
               border: bool = False, width: Any = "stretch", height: Any = "content", chart_data: Any = None,
               chart_type: str = "line", delta_arrow: Any = "auto", format: Any = None,
               delta_description: str | None = None) -> "DeltaGenerator":
        from wasmlit.st import _layout_args
        from wasmlit.st._nav_icons import validate_icon

        if delta_color not in DELTA_COLORS:
            raise StreamlitAPIException(
                f"'{delta_color}' is not an accepted value. delta_color only accepts: "
                "'normal', 'inverse', or 'off'")
        if label_visibility not in LABEL_VISIBILITIES:
            raise StreamlitAPIException(f"Unsupported label_visibility option '{label_visibility}'.")
        _layout_args.width(width)
        _layout_args.height(height)
        return self._enqueue("metric", {
            "label": str(label), "value": _metric_text(value, "value"), "delta": _metric_delta(delta),
            "delta_color": delta_color, "help": help, "label_visibility": label_visibility, "border": bool(border),
            "icon": validate_icon(icon) or None, "width": width, "height": height if isinstance(height, int) else None,
            "chart_data": _chart_values(chart_data), "chart_type": chart_type,
        })


def _chart_values(data: Any) -> list[float] | None:
    """The sparkline's numbers: any sequence st.dataframe takes (its first column), as floats."""
    if data is None:
        return None
    if type(data).__module__.split(".")[0] in ("pandas", "numpy", "polars", "pyarrow"):
        from wasmlit.st.compat.dataframe_util import convert_anything_to_list

        data = convert_anything_to_list(data)
    values = []
    for item in data:
        try:
            values.append(float(item))
        except (TypeError, ValueError):
            raise StreamlitAPIException(
                f"Only numeric values are supported for chart data sequence. The value '{item}' is of type "
                f"{type(item)} and cannot be converted to float.") from None
    return values


def _metric_text(value: Any, name: str) -> str:
    if value is None:
        return "—"
    if isinstance(value, (str, int, float)) or type(value).__module__.startswith("numpy"):
        return str(value)
    raise TypeError(f"'{value}' is of type {type(value)}, which is not an accepted type. {name} only accepts: "
                    "int, float, str, or None. Please convert the value to an accepted type.")


def _metric_delta(delta: Any) -> str | None:
    if delta is None or delta == "":
        return None
    return _metric_text(delta, "delta")
