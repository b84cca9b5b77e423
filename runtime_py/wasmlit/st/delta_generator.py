"""DeltaGenerator: where an ``st.*`` call puts its element.

A DeltaGenerator (DG) points at a block (``st.container()``, a column, the
sidebar...) or at a single slot (``st.empty()``, or the element a call returned).
Writing through a block DG appends a new slot; writing through a slot DG replaces
that slot. The module-level ``st.foo`` functions use the *main* DG, which writes
into the innermost container entered with ``with``.

Element methods live in mixins (one module per family) so this file stays about
placement only.
"""

from __future__ import annotations

from typing import Any

from wasmlit import protocol
from wasmlit._engine import context as ctx_mod
from wasmlit._engine import fragments
from wasmlit._engine.context import Path
from wasmlit.st.alerts import AlertsMixin
from wasmlit.st.charts import ChartsMixin
from wasmlit.st.chat import ChatMixin
from wasmlit.st.data import DataMixin
from wasmlit.st.dataframe import DataframeMixin
from wasmlit.st.latex import LatexMixin
from wasmlit.st.layout import LayoutMixin
from wasmlit.st.media import MediaMixin
from wasmlit.st.misc import MiscMixin
from wasmlit.st.grid import GridMixin
from wasmlit.st.embeds import EmbedsMixin
from wasmlit.st.page_link import PageLinkMixin
from wasmlit.st.plotly_chart import PlotlyChartMixin
from wasmlit.st.status import StatusMixin
from wasmlit.st.status_container import StatusContainerMixin
from wasmlit.st.text import TextMixin
from wasmlit.st.widgets import WidgetsMixin
from wasmlit.st.write import WriteMixin
from wasmlit.st.write_stream import WriteStreamMixin


class DeltaGenerator(PageLinkMixin, TextMixin, WriteMixin, AlertsMixin, DataMixin, DataframeMixin,
                     ChartsMixin, PlotlyChartMixin, LayoutMixin, StatusMixin,
                     WidgetsMixin, MediaMixin, ChatMixin, WriteStreamMixin, StatusContainerMixin, MiscMixin,
                     GridMixin, EmbedsMixin, LatexMixin):
    def __init__(self, block: Path | None = None, *, slot: Path | None = None,
                 is_main_proxy: bool = False, form_id: str | None = None) -> None:
        self._block_path = block
        self._slot = slot
        self._is_main_proxy = is_main_proxy
        self._form_id = form_id

    # ------------------------------------------------------------ placement

    def _target(self) -> "DeltaGenerator":
        if self._is_main_proxy:
            run = ctx_mod.get_run_context()
            if run.container_stack:
                return run.container_stack[-1]
        return self

    def _place(self) -> Path:
        target = self._target()
        run = ctx_mod.get_run_context()
        if run.fragment_stack:  # a fragment writing outside its own block goes through a wrapper
            return fragments.place(run, target._block_path, target._slot)
        if target._slot is not None:
            return target._slot
        assert target._block_path is not None
        return run.allocate(target._block_path)

    def _enqueue(self, type_: protocol.ElementType, props: dict[str, Any],
                 widget_id: str | None = None) -> "DeltaGenerator":
        """Emit an element; returns a DG for its slot (calls on it replace the element)."""
        if widget_id is not None and self._active_form_id is not None:
            # The page holds a form widget's changes until the form's submit button is clicked.
            props["form_id"] = self._active_form_id
            cleared = ctx_mod.get_run_context().cleared_wire
            if widget_id in cleared:
                props["value"] = cleared[widget_id]
        return self._emit(ctx_mod.element(type_, props, widget_id))

    def _block(self, type_: protocol.BlockType, props: dict[str, Any],
               form_id: str | None = None) -> "DeltaGenerator":
        """Emit a block; returns a DG that appends inside it."""
        return self._emit(ctx_mod.block(type_, props), form_id)

    def _emit(self, node: dict[str, Any], form_id: str | None = None) -> "DeltaGenerator":
        """Place and emit an element or block node. Cached functions record (and replay) here."""
        run = ctx_mod.get_run_context()
        if run.cache_recorders:
            from wasmlit._caching.replay import before_emit

            before_emit(run, node)  # a widget in a cached function: CachedWidgetWarning first
        path = self._place()
        run.emit(path, node)
        form_id = form_id or self._target()._form_id
        dg = (DeltaGenerator(block=path, form_id=form_id) if node["kind"] == "block"
              else DeltaGenerator(slot=path, form_id=form_id))
        if run.cache_recorders:
            from wasmlit._caching.replay import on_emit

            on_emit(run, self, dg, node, form_id)
        return dg

    @property
    def _active_form_id(self) -> str | None:
        return self._target()._form_id

    # ------------------------------------------------------------ `with dg:`

    def __enter__(self) -> "DeltaGenerator":
        ctx_mod.get_run_context().container_stack.append(self)
        return self

    def __exit__(self, *exc_info: Any) -> bool:
        stack = ctx_mod.get_run_context().container_stack
        if stack and stack[-1] is self:
            stack.pop()
        return False

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        from wasmlit.st._missing import container_attribute

        # A 1.67 element we lack: StreamlitNotSupportedError; other names: 1.67's failing function.
        return container_attribute(name, in_sidebar=self._block_path == (protocol.Root.SIDEBAR,))

    def __repr__(self) -> str:
        where = f"slot={self._slot}" if self._slot is not None else f"block={self._block_path}"
        return f"DeltaGenerator({where})"


main_dg = DeltaGenerator(block=(protocol.Root.MAIN,), is_main_proxy=True)
sidebar_dg = DeltaGenerator(block=(protocol.Root.SIDEBAR,))
