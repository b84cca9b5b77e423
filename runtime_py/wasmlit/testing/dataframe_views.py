"""AppTest views of st.dataframe, st.table and st.data_editor.

``at.dataframe[0].value`` / ``at.table[0].value`` are pandas DataFrames (decoded from the
columnar wire format, as the page receives it). ``at.data_editor[0]`` is a widget:
``.value`` is the edited data as a DataFrame, ``.edits`` the editing state
(``{"edited_rows", "added_rows", "deleted_rows"}``); ``edit_cell``, ``add_row``,
``delete_rows`` and ``set_value(edits)`` queue a change for the next ``run()``, the way
the page sends it.
"""

from __future__ import annotations

import copy
from typing import Any

from wasmlit.testing.elements import AppTestErrorRef, Element, Widget


class Dataframe(Element):
    @property
    def value(self) -> Any:
        from wasmlit.st._table import decode_table

        return decode_table(self._slot.props["data"])

    @property
    def column_config(self) -> list[dict[str, Any]]:
        return self._slot.props.get("column_config", [])


class DataEditor(Widget):
    @property
    def label(self) -> str:
        return ""

    @property
    def data(self) -> Any:
        """The data as given to st.data_editor (columns named as the editor names them)."""
        from wasmlit.st._table import decode_table

        return decode_table(self._slot.props["data"])

    @property
    def edits(self) -> dict[str, Any]:
        return copy.deepcopy(Widget.value.fget(self))  # type: ignore[attr-defined]

    @property
    def value(self) -> Any:
        """The edited data, as a DataFrame (what the script received, plus any queued edit)."""
        from wasmlit.st.dataframe import apply_edits

        props = self._slot.props
        schema = {"_index": props["data"]["index"][0]["kind"]}
        schema |= {c["name"]: c["kind"] for c in props["data"]["columns"]}
        return apply_edits(self.data, self.edits, schema)

    @property
    def disabled(self) -> bool:
        return bool(self._slot.props.get("disabled"))

    def _column_disabled(self, column: str) -> bool:
        props = self._slot.props
        if column == "_index":
            return any(c.get("disabled") for c in props.get("index_config", []))
        for wire, cfg in zip(props["data"]["columns"], props.get("column_config", [])):
            if wire["name"] == column:
                return bool(cfg.get("disabled"))
        raise KeyError(f"The data editor has no column {column!r}.")

    def edit_cell(self, row: int, column: str, value: Any) -> "DataEditor":
        """Edit one cell of the original data (row = its position), as a user typing a value."""
        if self.disabled or self._column_disabled(column):
            raise AppTestErrorRef.get()(f"The column {column!r} of the data editor is not editable.")
        edits = self.edits
        edits["edited_rows"].setdefault(row, {})[column] = _jsonable(value)
        return self.set_value(edits)  # type: ignore[return-value]

    def add_row(self, row: dict[str, Any]) -> "DataEditor":
        if self._slot.props.get("num_rows") != "dynamic":
            raise AppTestErrorRef.get()("Rows can only be added with num_rows=\"dynamic\".")
        edits = self.edits
        edits["added_rows"].append({k: _jsonable(v) for k, v in row.items()})
        return self.set_value(edits)  # type: ignore[return-value]

    def delete_rows(self, rows: list[int]) -> "DataEditor":
        if self._slot.props.get("num_rows") != "dynamic":
            raise AppTestErrorRef.get()("Rows can only be deleted with num_rows=\"dynamic\".")
        edits = self.edits
        edits["deleted_rows"] = sorted({*edits["deleted_rows"], *rows})
        return self.set_value(edits)  # type: ignore[return-value]


def _jsonable(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "item") and callable(value.item):
        return value.item()
    return value


def view_class(name: str) -> type[Element]:
    return DataEditor if name == "data_editor" else Dataframe
