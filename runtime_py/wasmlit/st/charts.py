"""Charts: ``line_chart``, ``area_chart``, ``bar_chart``, ``scatter_chart`` (their Vega-Lite
spec comes from ``st._chart_spec``), ``altair_chart`` and ``vega_lite_chart``.

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

import json
from typing import TYPE_CHECKING, Any

from wasmlit.errors import StreamlitAPIException
from wasmlit.st._chart_data import encode_dataset, require_pandas, to_dataframe
from wasmlit.st._chart_spec import build_chart_spec, check_stack

if TYPE_CHECKING:
    from wasmlit.st.delta_generator import DeltaGenerator


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
        check_stack(stack, "area_chart")
        return self._builtin_chart("area", data, x=x, y=y, x_label=x_label, y_label=y_label, color=color,
                                   stack=stack, width=width, height=height,
                                   use_container_width=use_container_width)

    def bar_chart(self: "DeltaGenerator", data: Any = None, *, x: Any = None, y: Any = None,
                  x_label: str | None = None, y_label: str | None = None, color: Any = None,
                  horizontal: bool = False, sort: Any = True, stack: Any = None, width: Any = None,
                  height: Any = None, use_container_width: bool | None = None) -> "DeltaGenerator":
        check_stack(stack, "bar_chart")
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
                pd = pd or require_pandas()
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
