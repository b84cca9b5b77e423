"""AppTest view of ``st.plotly_chart``. Streamlit 1.67's AppTest has no class for it (an
UnknownElement): ``.proto`` (``spec``, ``config``, ``theme``, ``selection_mode``, ``id``) and
``.value`` (the selection state when ``on_select`` is on) are what it offers, and so do we.
``.figure`` and ``.select(...)`` are ours: the figure parsed, and a selection as the page sends it.
"""

from __future__ import annotations

import json
from typing import Any

from wasmlit.testing.elements import Widget, _Proto


class PlotlyChart(Widget):
    @property
    def proto(self) -> dict[str, Any]:
        return _Proto({**self._slot.node, "id": self._slot.id or ""})

    @property
    def figure(self) -> dict[str, Any]:
        return json.loads(self._slot.props["spec"])

    @property
    def value(self) -> Any:
        return super().value if self._slot.id else None

    def select(self, points: list[dict[str, Any]] | None = None, *, box: list[dict[str, Any]] | None = None,
               lasso: list[dict[str, Any]] | None = None) -> "PlotlyChart":
        """The selection the next run receives (point dicts may carry ``point_index``)."""
        points = list(points or [])
        sel = {"points": points, "point_indices": [p["point_index"] for p in points if "point_index" in p],
               "box": list(box or []), "lasso": list(lasso or [])}
        return self._set_wire(json.dumps({"selection": sel}))
