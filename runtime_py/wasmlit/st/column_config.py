"""``st.column_config``: column types for st.dataframe / st.data_editor (Streamlit 1.67 shapes).

Every factory returns a plain dict (Streamlit's ``ColumnConfig`` TypedDict)::

    {"label", "width", "help", "hidden", "disabled", "required", "default", "alignment", "pinned",
     "type_config": {"type": "text" | "number" | ..., <type options>}}

``process_config(column_config, df)`` turns a user's ``column_config=`` mapping
(column name / ``"_index"`` / position -> None | label str | ColumnConfig) into the
per-column lists the page receives (JSON-able: dates become ISO strings).
"""

from __future__ import annotations

import datetime as _dt
from typing import Any, Iterable

from wasmlit.errors import StreamlitAPIException

INDEX_IDENTIFIER = "_index"
WIDTHS = ("small", "medium", "large")
ALIGNMENTS = ("left", "center", "right")


def _config(label: str | None, width: Any, help: str | None, disabled: bool | None, required: bool | None,
            default: Any, pinned: bool | None, type_config: dict[str, Any] | None,
            alignment: str | None = None, hidden: bool | None = None) -> dict[str, Any]:
    if width is not None and width not in WIDTHS and not (isinstance(width, int) and not isinstance(width, bool)
                                                          and width > 0):
        raise StreamlitAPIException(
            f"Invalid column width: {width!r}. Use 'small', 'medium', 'large' or a positive number of pixels.")
    if alignment is not None and alignment not in ALIGNMENTS:
        raise StreamlitAPIException(f"Invalid alignment: {alignment!r}. Use 'left', 'center' or 'right'.")
    return {"label": label, "width": width, "help": help, "hidden": hidden, "disabled": disabled,
            "required": required, "default": default, "alignment": alignment, "pinned": pinned,
            "type_config": type_config}


def Column(label: str | None = None, *, width: Any = None, help: str | None = None,
           disabled: bool | None = None, required: bool | None = None, pinned: bool | None = None
           ) -> dict[str, Any]:
    """A column of any type (the type is inferred from the data)."""
    return _config(label, width, help, disabled, required, None, pinned, None)


def TextColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
               disabled: bool | None = None, required: bool | None = None, pinned: bool | None = None,
               default: str | None = None, max_chars: int | None = None, validate: str | None = None,
               alignment: str | None = None) -> dict[str, Any]:
    return _config(label, width, help, disabled, required, default, pinned,
                   {"type": "text", "max_chars": max_chars, "validate": validate}, alignment)


def NumberColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                 disabled: bool | None = None, required: bool | None = None, pinned: bool | None = None,
                 default: int | float | None = None, format: str | None = None,
                 min_value: int | float | None = None, max_value: int | float | None = None,
                 step: int | float | None = None, alignment: str | None = None) -> dict[str, Any]:
    return _config(label, width, help, disabled, required, default, pinned,
                   {"type": "number", "format": format, "min_value": min_value, "max_value": max_value,
                    "step": step}, alignment)


def CheckboxColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                   disabled: bool | None = None, required: bool | None = None, pinned: bool | None = None,
                   default: bool | None = None) -> dict[str, Any]:
    return _config(label, width, help, disabled, required, default, pinned, {"type": "checkbox"})


def SelectboxColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                    disabled: bool | None = None, required: bool | None = None, pinned: bool | None = None,
                    default: Any = None, options: Iterable[Any] | None = None) -> dict[str, Any]:
    return _config(label, width, help, disabled, required, default, pinned,
                   {"type": "selectbox", "options": None if options is None else list(options)})


def LinkColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
               disabled: bool | None = None, required: bool | None = None, pinned: bool | None = None,
               default: str | None = None, max_chars: int | None = None, validate: str | None = None,
               display_text: str | None = None) -> dict[str, Any]:
    return _config(label, width, help, disabled, required, default, pinned,
                   {"type": "link", "max_chars": max_chars, "validate": validate, "display_text": display_text})


def _temporal(kind: str, label: str | None, width: Any, help: str | None, disabled: bool | None,
              required: bool | None, pinned: bool | None, default: Any, format: str | None, min_value: Any,
              max_value: Any, step: Any, **extra: Any) -> dict[str, Any]:
    return _config(label, width, help, disabled, required, _iso(default), pinned,
                   {"type": kind, "format": format, "min_value": _iso(min_value), "max_value": _iso(max_value),
                    "step": step.total_seconds() if isinstance(step, _dt.timedelta) else step, **extra})


def DatetimeColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                   disabled: bool | None = None, required: bool | None = None, pinned: bool | None = None,
                   default: _dt.datetime | None = None, format: str | None = None,
                   min_value: _dt.datetime | None = None, max_value: _dt.datetime | None = None,
                   step: Any = None, timezone: str | None = None) -> dict[str, Any]:
    return _temporal("datetime", label, width, help, disabled, required, pinned, default, format, min_value,
                     max_value, step, timezone=timezone)


def DateColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
               disabled: bool | None = None, required: bool | None = None, pinned: bool | None = None,
               default: _dt.date | None = None, format: str | None = None, min_value: _dt.date | None = None,
               max_value: _dt.date | None = None, step: int | None = None) -> dict[str, Any]:
    return _temporal("date", label, width, help, disabled, required, pinned, default, format, min_value,
                     max_value, step)


def TimeColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
               disabled: bool | None = None, required: bool | None = None, pinned: bool | None = None,
               default: _dt.time | None = None, format: str | None = None, min_value: _dt.time | None = None,
               max_value: _dt.time | None = None, step: Any = None) -> dict[str, Any]:
    return _temporal("time", label, width, help, disabled, required, pinned, default, format, min_value,
                     max_value, step)


def ListColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
               pinned: bool | None = None) -> dict[str, Any]:
    return _config(label, width, help, True, None, None, pinned, {"type": "list"})


def ImageColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                pinned: bool | None = None) -> dict[str, Any]:
    return _config(label, width, help, True, None, None, pinned, {"type": "image"})


def ProgressColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                   pinned: bool | None = None, format: str | None = None, min_value: int | float | None = None,
                   max_value: int | float | None = None, color: str | None = None) -> dict[str, Any]:
    return _config(label, width, help, True, None, None, pinned,
                   {"type": "progress", "format": format, "min_value": 0 if min_value is None else min_value,
                    "max_value": (100 if _is_int(format) else 1) if max_value is None else max_value,
                    "color": color})


def _is_int(fmt: str | None) -> bool:
    return bool(fmt) and "d" in fmt and "f" not in fmt  # type: ignore[operator]


def _chart(kind: str, label: str | None, width: Any, help: str | None, pinned: bool | None, y_min: Any,
           y_max: Any) -> dict[str, Any]:
    return _config(label, width, help, True, None, None, pinned, {"type": kind, "y_min": y_min, "y_max": y_max})


def LineChartColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                    pinned: bool | None = None, y_min: int | float | None = None,
                    y_max: int | float | None = None) -> dict[str, Any]:
    return _chart("line_chart", label, width, help, pinned, y_min, y_max)


def BarChartColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                   pinned: bool | None = None, y_min: int | float | None = None,
                   y_max: int | float | None = None) -> dict[str, Any]:
    return _chart("bar_chart", label, width, help, pinned, y_min, y_max)


def AreaChartColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                    pinned: bool | None = None, y_min: int | float | None = None,
                    y_max: int | float | None = None) -> dict[str, Any]:
    return _chart("area_chart", label, width, help, pinned, y_min, y_max)


def _iso(value: Any) -> Any:
    if isinstance(value, (_dt.date, _dt.time)):
        return value.isoformat()
    if hasattr(value, "isoformat") and callable(value.isoformat):
        return value.isoformat()
    return value


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if hasattr(value, "item") and callable(value.item):
        return _jsonable(value.item())
    return _iso(value) if hasattr(value, "isoformat") else str(value)


def normalize_entry(value: Any) -> dict[str, Any]:
    """One ``column_config`` value: None hides the column, a str is its label, a dict is a ColumnConfig."""
    if value is None:
        return {"hidden": True}
    if isinstance(value, str):
        return {"label": value}
    if isinstance(value, dict):
        return dict(value)
    raise StreamlitAPIException(
        f"Invalid column config for a column: {value!r}. Use None to hide the column, a string to set its "
        "label, or one of the st.column_config column types.")


def merge(mapping: dict[Any, dict[str, Any]], column: Any, update: dict[str, Any]) -> None:
    entry = mapping.setdefault(column, {})
    for k, v in update.items():
        entry[k] = v


def process_config(column_config: Any) -> dict[Any, dict[str, Any]]:
    """The user's ``column_config`` as {column name | "_index" | position: ColumnConfig dict}."""
    if column_config is None:
        return {}
    if not isinstance(column_config, dict):
        raise StreamlitAPIException(
            f"column_config must be a dict of column names to configs, got {type(column_config).__name__}.")
    out: dict[Any, dict[str, Any]] = {}
    for key, value in column_config.items():
        merged = {k: v for k, v in normalize_entry(value).items() if v is not None or k == "type_config"}
        if merged.get("type_config") is None:
            merged.pop("type_config", None)
        out[key] = merged
    return out


def resolve(mapping: dict[Any, dict[str, Any]], column_names: list[Any], nindex: int
            ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Per-column configs for the page: (one per index level, one per data column).

    Keys match a column by name (its str() also matches), ``"_index"`` the index, and an
    int position counts index levels first (0 = the first index column) when no column
    has that name.
    """
    index_cfg: list[dict[str, Any]] = [{} for _ in range(nindex)]
    col_cfg: list[dict[str, Any]] = [{} for _ in column_names]
    names_text = [_name_text(n) for n in column_names]
    for key, cfg in mapping.items():
        targets: list[dict[str, Any]] = []
        if key == INDEX_IDENTIFIER:
            targets = index_cfg
        elif any(n == key and type(n) is type(key) for n in column_names):
            targets = [c for n, c in zip(column_names, col_cfg) if n == key and type(n) is type(key)]
        elif isinstance(key, int) and not isinstance(key, bool):
            if 0 <= key < nindex:
                targets = [index_cfg[key]]
            elif 0 <= key - nindex < len(col_cfg):
                targets = [col_cfg[key - nindex]]
        elif _name_text(key) in names_text:
            targets = [c for t, c in zip(names_text, col_cfg) if t == _name_text(key)]
        for target in targets:
            target.update(_jsonable(cfg))
    return index_cfg, col_cfg


def _name_text(name: Any) -> str:
    if isinstance(name, tuple):
        return "_".join(map(str, name))
    return str(name)
