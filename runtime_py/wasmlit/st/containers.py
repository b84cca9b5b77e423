"""The containers st.expander, st.popover and st.tabs return: DeltaGenerators with ``.open``.

``open`` is None unless the container tracks its state (``on_change`` is "rerun" or a
callback): then it is whether the expander/popover is open, or whether the tab is the
selected one, as Streamlit 1.67's ExpanderContainer / PopoverContainer / TabContainer.
"""

from __future__ import annotations

from wasmlit.st.delta_generator import DeltaGenerator


class _OpenableContainer(DeltaGenerator):
    _open: bool | None = None

    @classmethod
    def wrap(cls, dg: DeltaGenerator, open_: bool | None) -> "_OpenableContainer":
        # The block's own DG becomes the container (same object: cached-function replay
        # tracks the DGs it created by identity).
        dg.__class__ = cls
        dg._open = open_  # type: ignore[attr-defined]
        return dg  # type: ignore[return-value]

    @property
    def open(self) -> bool | None:
        return self._open

    @open.setter
    def open(self, value: bool | None) -> None:
        self._open = value


class ExpanderContainer(_OpenableContainer):
    """What st.expander returns."""


class PopoverContainer(_OpenableContainer):
    """What st.popover returns."""


class TabContainer(_OpenableContainer):
    """One tab of what st.tabs returns."""
