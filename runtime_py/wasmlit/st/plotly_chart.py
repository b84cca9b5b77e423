"""st.plotly_chart (Streamlit 1.67): the figure's JSON goes to the page, which draws it with
plotly.js (a lazily loaded chunk). With ``on_select`` the chart is a widget whose value is
the selection (points, box, lasso), kept in session_state under its key (read-only there).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Iterable

from wasmlit.errors import StreamlitAPIException, StreamlitValueError
from wasmlit.st import _layout_args
from wasmlit.st.widgets._registry import WidgetSpec, register

if TYPE_CHECKING:
    from wasmlit.st.delta_generator import DeltaGenerator

SELECTION_MODES = ("box", "lasso", "points")  # sorted, as Streamlit lists them in its message
_DEFAULT_WIDTH, _DEFAULT_HEIGHT = 700, 450  # plotly.js defaults, Streamlit's "content" size


class _AttrDict(dict):
    """A read-only dict whose keys are also attributes (Streamlit's PlotlyState)."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(f"{type(self).__name__} has no attribute {name!r}") from None

    def __setattr__(self, name: str, value: Any) -> None:
        raise StreamlitAPIException(f"{type(self).__name__} is read-only.")

    def __deepcopy__(self, memo: dict) -> "_AttrDict":
        import copy

        return type(self)({k: copy.deepcopy(v, memo) for k, v in self.items()})


class PlotlySelectionState(_AttrDict):
    pass


class PlotlyState(_AttrDict):
    pass


def empty_state() -> PlotlyState:
    return PlotlyState(selection=PlotlySelectionState(points=[], point_indices=[], box=[], lasso=[]))


def deserialize_selection(wire: Any) -> PlotlyState:
    """The page sends the selection as a JSON string (Streamlit's string_value)."""
    if wire is None:
        return empty_state()
    parsed = json.loads(wire) if isinstance(wire, str) else dict(wire)
    sel = parsed.get("selection")
    if not isinstance(sel, dict):
        return empty_state()
    full = {"points": [], "point_indices": [], "box": [], "lasso": [], **sel}
    return PlotlyState({**parsed, "selection": PlotlySelectionState(full)})


def parse_selection_mode(mode: Any) -> list[str]:
    modes = {mode} if isinstance(mode, str) else set(mode)
    if not modes or not modes <= set(SELECTION_MODES):
        raise StreamlitValueError("selection_mode", [f"'{m}'" for m in SELECTION_MODES])
    return sorted(modes)


def _on_select(value: Any) -> Any:
    if callable(value):
        return value
    if isinstance(value, str) and value in ("rerun", "ignore"):
        return None
    raise StreamlitValueError("on_select", ["'rerun'", "'ignore'", "a callback function"])


def figure_json(figure_or_data: Any) -> tuple[str, dict[str, Any]]:
    """(plotly JSON text, the figure's layout) with plotly's own validation and errors."""
    try:
        import plotly.io
        import plotly.tools
    except ImportError:  # a plain {"data": …, "layout": …} dict still draws without plotly
        if isinstance(figure_or_data, dict) and "data" in figure_or_data:
            return json.dumps(figure_or_data, default=str), dict(figure_or_data.get("layout") or {})
        raise
    if type(figure_or_data).__module__.startswith("matplotlib") and hasattr(figure_or_data, "savefig"):
        figure = plotly.tools.mpl_to_plotly(figure_or_data)
    else:
        figure = plotly.tools.return_figure_from_figure_or_data(figure_or_data, validate_figure=True)
    layout = figure.get("layout", {}) if isinstance(figure, dict) else figure.to_plotly_json().get("layout", {})
    return plotly.io.to_json(figure, validate=False), dict(layout or {})


class PlotlyChartMixin:
    def plotly_chart(self: "DeltaGenerator", figure_or_data: Any, use_container_width: bool | None = None, *,
                     width: Any = "stretch", height: Any = "content", theme: str | None = "streamlit",
                     key: str | int | None = None, on_select: Any = "ignore",
                     selection_mode: str | Iterable[str] = ("points", "box", "lasso"),
                     config: dict[str, Any] | None = None, alt: str | None = None) -> Any:
        if use_container_width is not None:  # deprecated in 1.67, still honoured
            width = "stretch" if use_container_width else (width if isinstance(width, int) else "content")
        width = _layout_args.width(width, allow_content=True)
        height = _layout_args.height(height, allow_content=True)
        if theme not in ("streamlit", None):
            raise StreamlitValueError("theme", ["'streamlit'", "None"])
        callback = _on_select(on_select)
        selecting = on_select != "ignore"
        spec, layout = figure_json(figure_or_data)
        config_text = json.dumps(config or {})
        props = {
            "spec": spec, "config": config_text, "theme": theme or "",
            "width": _content_size(width, layout.get("width"), _DEFAULT_WIDTH),
            "height": _content_size(height, layout.get("height"), _DEFAULT_HEIGHT),
            "alt": alt if isinstance(alt, str) and alt.strip() else None,
            "selection_mode": parse_selection_mode(selection_mode) if selecting else [],
        }
        if not selecting:
            return self._enqueue("plotly_chart", props)
        value, widget_id = register(self, WidgetSpec(
            kind="plotly_chart", label="", key=key, default=empty_state(),
            identity={"spec": spec, "config": config_text, "selection_mode": props["selection_mode"],
                      "theme": theme, "width": width, "height": height, "alt": props["alt"]},
            deserialize=deserialize_selection, serialize=lambda state: json.dumps(state, default=str),
            on_change=callback, readonly_key=True,
        ))
        self._enqueue("plotly_chart", props, widget_id)
        return value


def _content_size(value: Any, from_figure: Any, default: int) -> Any:
    """"content" is the figure's own size, else plotly.js's default (as Streamlit resolves it)."""
    if value != "content":
        return value
    return from_figure if isinstance(from_figure, (int, float)) and not isinstance(from_figure, bool) else default
