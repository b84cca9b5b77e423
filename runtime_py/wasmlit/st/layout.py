"""Layout blocks: container, columns, expander, empty, tabs, popover."""

from __future__ import annotations

from numbers import Real
from typing import TYPE_CHECKING, Any, Sequence

from wasmlit.errors import StreamlitAPIException, StreamlitMissingRequiredParameterError, StreamlitValueError

if TYPE_CHECKING:
    from wasmlit.st.delta_generator import DeltaGenerator

GAPS = ("small", "medium", "large")
ALIGNMENTS = ("top", "center", "bottom")


class LayoutMixin:
    def container(self: "DeltaGenerator", *, border: bool | None = None, key: str | None = None,
                  height: int | None = None, width: Any = None, gap: Any = None,
                  horizontal: bool = False) -> "DeltaGenerator":
        return self._block("vertical", {"border": bool(border) if border is not None else height is not None,
                                        "height": height})

    def columns(self: "DeltaGenerator", spec: int | Sequence[float], *, gap: str | None = "small",
                vertical_alignment: str = "top", border: bool = False,
                width: Any = None) -> list["DeltaGenerator"]:
        weights = _column_weights(spec)
        if gap is None:
            gap = "small"
        if gap not in GAPS:
            raise StreamlitAPIException(f'The gap argument to st.columns must be "small", "medium", or "large". \n'
                                        f"The argument passed was {gap}.")
        if vertical_alignment not in ALIGNMENTS:
            raise StreamlitValueError("vertical_alignment", "'top', 'center', 'bottom'")
        row = self._block("horizontal", {"gap": gap, "vertical_alignment": vertical_alignment})
        total = sum(weights)
        return [row._block("column", {"weight": w / total, "border": bool(border)}) for w in weights]

    def expander(self: "DeltaGenerator", label: str, expanded: bool = False, *,
                 icon: str | None = None, width: Any = None) -> "DeltaGenerator":
        if not isinstance(label, str) or not label:
            raise StreamlitAPIException("A label is required for an expander")
        return self._block("expander", {"label": label, "expanded": bool(expanded), "icon": icon})

    def empty(self: "DeltaGenerator") -> "DeltaGenerator":
        return self._enqueue("empty", {})

    def tabs(self: "DeltaGenerator", tabs: Sequence[str], *, width: Any = None, default: Any = None,
             key: Any = None, on_change: Any = None) -> list["DeltaGenerator"]:
        """Every tab's body runs on every run; the page shows the selected one (kept across reruns)."""
        if isinstance(tabs, str) or not isinstance(tabs, Sequence) or len(tabs) == 0:
            raise StreamlitMissingRequiredParameterError(
                "The input argument to st.tabs must contain at least one tab label.")
        if any(not isinstance(t, str) for t in tabs):
            raise StreamlitAPIException("The tabs input list to st.tabs is only allowed to contain strings.")
        if default is not None and default not in tabs:
            raise StreamlitAPIException(f"The default tab `{default}` is not one of the tab labels.")
        row = self._block("tab_container", {"default": tabs.index(default) if default is not None else 0})
        return [row._block("tab", {"label": label}) for label in tabs]

    def popover(self: "DeltaGenerator", label: str, *, help: str | None = None, icon: str | None = None,
                disabled: bool = False, use_container_width: bool = False, type: str = "secondary",
                width: Any = None, key: Any = None, on_change: Any = None) -> "DeltaGenerator":
        """A button that opens a floating container; its body always runs."""
        if not isinstance(label, str) or not label:
            raise StreamlitAPIException("A label is required for a popover")
        return self._block("popover", {"label": label, "help": help, "icon": icon, "disabled": bool(disabled),
                                       "use_container_width": bool(use_container_width) or width == "stretch",
                                       "kind": type})


def _column_weights(spec: int | Sequence[float]) -> list[float]:
    message = ("The input argument to st.columns must be either a positive integer or a list of "
               "positive numeric weights. See [documentation](https://docs.streamlit.io/develop/"
               "api-reference/layout/st.columns) for more information.")
    if isinstance(spec, bool):
        raise StreamlitAPIException(message)
    if isinstance(spec, int):
        if spec <= 0:
            raise StreamlitAPIException(message)
        return [1.0] * spec
    try:
        weights = [float(w) for w in spec if isinstance(w, Real) and not isinstance(w, bool)]
    except TypeError:
        raise StreamlitAPIException(message) from None
    if not weights or len(weights) != len(spec) or any(w <= 0 for w in weights):
        raise StreamlitAPIException(message)
    return weights
