"""What ``AppTest`` hands out: read-only views of the element tree, and widgets to drive.

Every view wraps one ``tree.Slot`` (the node the page renders) and its ``AppTest``.
Props of the node read as attributes (``.label``, ``.help``, ``.icon``...). A
widget's ``.value`` is its Python value (e.g. the option *object* a selectbox
returns), taken from the session's state; interactions record a wire value that
the next ``AppTest.run()`` sends to the session in an ``interaction`` batch, the
way the page does.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from wasmlit._engine.tree import Slot

if TYPE_CHECKING:
    from wasmlit.testing.app_test import AppTest

_UNSET = object()


def type_name(slot: Slot) -> str:
    """The AppTest type of a node: Streamlit's element names, not our wire types."""
    node_type, props = slot.type, slot.props
    if slot.kind == "block":
        return {"vertical": "container", "horizontal": "horizontal", "column": "column",
                "expander": "expander"}.get(node_type, node_type)
    if node_type == "heading":
        return {"h1": "title", "h2": "header", "h3": "subheader"}.get(props.get("tag"), "header")
    if node_type == "markdown":
        variant = props.get("variant")
        return variant if variant in ("caption", "latex") else "markdown"
    if node_type == "badge":
        return "markdown"  # 1.67 sends st.badge as ":color-badge[...]" markdown; AppTest lists it there
    if node_type == "alert":
        return props.get("kind", "info")
    if node_type == "checkbox":
        return "toggle" if props.get("toggle") else "checkbox"
    if node_type == "datetime_input":
        return "date_time_input"  # Streamlit's AppTest type (``get("datetime_input")`` finds it too)
    return node_type


class Node:
    """Anything in the tree: an element or a block."""

    def __init__(self, slot: Slot, path: tuple[int, ...], at: "AppTest") -> None:
        self._slot = slot
        self._path = path
        self._at = at

    @property
    def type(self) -> str:
        return type_name(self._slot)

    @property
    def proto(self) -> dict[str, Any]:
        """The node as the page receives it (kind, type, id, props)."""
        return self._slot.node

    @property
    def key(self) -> str | None:
        return None

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        props = self._slot.props
        if name in props:
            return props[name]
        raise AttributeError(f"{type(self).__name__} {self.type!r} has no attribute {name!r}")

    def run(self, *, timeout: float | None = None) -> "AppTest":
        return self._at.run(timeout=timeout)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(type={self.type!r}, path={list(self._path)}, props={self._slot.props!r})"


class Element(Node):
    @property
    def value(self) -> Any:
        props = self._slot.props
        if self._slot.type == "exception":
            return props.get("message")
        if "body" in props:
            return props["body"]
        return props.get("value")


class Exception_(Element):
    @property
    def message(self) -> str:
        return self._slot.props.get("message", "")

    @property
    def stack_trace(self) -> list[str]:
        return list(self._slot.props.get("traceback", []))

    @property
    def is_warning(self) -> bool:
        return bool(self._slot.props.get("is_warning"))

    @property
    def is_markdown(self) -> bool:
        return False


class _Proto(dict):
    """A node dict whose props also read as attributes, like a protobuf (``.proto.spec``)."""

    def __getattr__(self, name: str) -> Any:
        props = self.get("props") or {}
        if name in props:
            return props[name]
        if name in self:
            return self[name]
        raise AttributeError(name)


class VegaLiteChart(Element):
    """Every chart (``st.*_chart``, altair, vega-lite). ``.proto.spec`` is the spec's JSON text, as in
    Streamlit; ``.spec`` is it parsed; ``.datasets`` maps dataset names to pandas DataFrames."""

    @property
    def proto(self) -> dict[str, Any]:
        return _Proto(self._slot.node)

    @property
    def spec(self) -> dict[str, Any]:
        import json

        return json.loads(self._slot.props["spec"])

    @property
    def datasets(self) -> dict[str, Any]:
        from wasmlit.st._chart_data import decode_dataset

        return {d["name"]: decode_dataset(d) for d in self._slot.props.get("datasets", [])}

    @property
    def data(self) -> Any:
        """The DataFrame the chart draws (its first dataset), or None."""
        datasets = list(self.datasets.values())
        return datasets[0] if datasets else None

    @property
    def value(self) -> Any:
        return self.spec


class PageLink(Element):
    """``st.page_link``: read-only; ``.value`` is the label (switch pages with ``at.switch_page``)."""

    @property
    def value(self) -> str:
        return self._slot.props.get("label", "")


class Toast(Element):
    """A toast is an effect, not a slot; it is shown with the run that raised it."""


class Widget(Element):
    @property
    def id(self) -> str:
        return self._slot.id or ""

    @property
    def key(self) -> str | None:
        meta = self._at._state.widget_meta(self.id)
        return None if meta is None else meta.key

    @property
    def value(self) -> Any:
        pending = self._at._pending.get(self.id, _UNSET)
        meta = self._at._state.widget_meta(self.id)
        if pending is not _UNSET and meta is not None:
            return meta.deserialize(pending)
        return self._at._state.widget_value(self.id)

    @property
    def disabled(self) -> bool:
        return bool(self._slot.props.get("disabled"))

    def set_value(self, value: Any) -> "Widget":
        """Set the value the next run receives, as if the user had changed the widget."""
        meta = self._at._state.widget_meta(self.id)
        if meta is None:
            raise AppTestErrorRef.get()(f"The {self.type} {self.label!r} is no longer on the page.")
        if self.disabled:
            raise AppTestErrorRef.get()(f"Cannot set the value of the disabled {self.type} {self.label!r}.")
        return self._set_wire(meta.serialize(value))

    def _set_wire(self, wire: Any) -> "Widget":
        self._at._pending[self.id] = wire
        return self


class AppTestErrorRef:
    """Late lookup of AppTestError (defined in app_test, which imports this module)."""

    @staticmethod
    def get() -> type[Exception]:
        from wasmlit.testing.app_test import AppTestError

        return AppTestError


class Button(Widget):
    def click(self) -> "Button":
        if self.disabled:
            raise AppTestErrorRef.get()(f"Cannot click the disabled button {self.label!r}.")
        self._set_wire(True)
        return self

    @property
    def value(self) -> bool:
        state = self._at._state
        return (bool(self._at._pending.get(self.id, False)) or self.id in state.last_run_triggers
                or bool(state.widget_value(self.id)))


class Checkbox(Widget):
    def check(self) -> "Checkbox":
        self.set_value(True)
        return self

    def uncheck(self) -> "Checkbox":
        self.set_value(False)
        return self


class TextInput(Widget):
    def input(self, value: str) -> "TextInput":
        max_chars = self._slot.props.get("max_chars")
        if max_chars is not None and len(value) > max_chars:
            return self  # the page does not accept more characters (Streamlit's AppTest ignores it too)
        self.set_value(value)
        return self


class NumberInput(Widget):
    def _step(self, sign: int) -> "NumberInput":
        props = self._slot.props
        current = self.value
        if current is None:
            current = props.get("min") if props.get("min") is not None else 0
        new = current + sign * props["step"]
        if props.get("max") is not None:
            new = min(new, props["max"])
        if props.get("min") is not None:
            new = max(new, props["min"])
        if not props.get("is_int"):
            new = round(new, 10)
        self.set_value(new)
        return self

    def increment(self) -> "NumberInput":
        return self._step(+1)

    def decrement(self) -> "NumberInput":
        return self._step(-1)


class Slider(Widget):
    def set_range(self, lower: Any, upper: Any) -> "Slider":
        self.set_value((lower, upper))
        return self


class Selectbox(Widget):
    @property
    def index(self) -> int | None:
        meta = self._at._state.widget_meta(self.id)
        value = self.value
        if meta is None or value is None:
            return None
        wire = meta.serialize(value)
        return wire if isinstance(wire, int) else None

    def select(self, value: Any) -> "Selectbox":
        self.set_value(value)
        return self

    def select_index(self, index: int | None) -> "Selectbox":
        options = self._slot.props.get("options", [])
        if index is not None and not 0 <= index < len(options):
            raise IndexError(f"index {index} is out of range for {len(options)} options")
        self._set_wire(index)
        return self


class Multiselect(Widget):
    @property
    def indices(self) -> list[int]:
        meta = self._at._state.widget_meta(self.id)
        return [] if meta is None else list(meta.serialize(self.value))

    def select(self, value: Any) -> "Multiselect":
        current = list(self.value or [])
        if value not in current:
            current.append(value)
        self.set_value(current)
        return self

    def unselect(self, value: Any) -> "Multiselect":
        current = [v for v in (self.value or []) if v != value]
        self.set_value(current)
        return self


class ColorPicker(Widget):
    def pick(self, value: str) -> "ColorPicker":
        self.set_value(value)
        return self


class DateInput(Widget):
    """``set_value`` takes a date, a datetime, or a tuple of them for a range."""


class TimeInput(Widget):
    def _step(self, sign: int) -> "TimeInput":
        import datetime as dt

        if self.value is None:
            return self
        moved = dt.datetime.combine(dt.date.today(), self.value) + sign * dt.timedelta(seconds=self._slot.props["step"])
        self.set_value(moved.time())
        return self

    def increment(self) -> "TimeInput":
        return self._step(+1)

    def decrement(self) -> "TimeInput":
        return self._step(-1)


class FormSubmitButton(Button):
    """``click()`` then ``run()`` submits the form with the values set on its widgets."""

    @property
    def form_id(self) -> str | None:
        return self._slot.props.get("form_id")


class FileUploader(Widget):
    """``upload(name, data, type=None)`` adds a file (replaces it, without ``accept_multiple_files``);
    ``clear()`` removes every file. The bytes reach the session the way the page sends them."""

    def upload(self, name: str, data: bytes | str, type: str | None = None) -> "FileUploader":
        import mimetypes
        import uuid

        from wasmlit import protocol

        if self.disabled:
            raise AppTestErrorRef.get()(f"Cannot upload to the disabled file_uploader {self.label!r}.")
        payload = data.encode("utf-8") if isinstance(data, str) else bytes(data)
        mime = type or mimetypes.guess_type(name)[0] or "application/octet-stream"
        entry = {"file_id": uuid.uuid4().hex, "name": name, "type": mime, "size": len(payload),
                 "data": protocol.Binary(payload)}
        current = self._at._pending.get(self.id, _UNSET)
        if current is _UNSET:
            current = list(self._slot.props.get("value") or [])
        self._set_wire([*current, entry] if self._slot.props.get("multiple") else [entry])
        return self

    def clear(self) -> "FileUploader":
        self._set_wire([])
        return self


from wasmlit.testing.widget_views import NEW_WIDGET_CLASSES, STYLE_NAMES  # noqa: E402  (uses the classes above)

WIDGET_CLASSES: dict[str, type[Widget]] = {
    "button": Button,
    "checkbox": Checkbox,
    "toggle": Checkbox,
    "text_input": TextInput,
    "text_area": TextInput,
    "number_input": NumberInput,
    "slider": Slider,
    "select_slider": Slider,
    "selectbox": Selectbox,
    "radio": Selectbox,
    "multiselect": Multiselect,
    "color_picker": ColorPicker,
    "date_input": DateInput,
    "time_input": TimeInput,
    "form_submit_button": FormSubmitButton,
    "download_button": Button,
    "file_uploader": FileUploader,
    **NEW_WIDGET_CLASSES,
}
from wasmlit.testing.misc_views import MISC_WIDGET_CLASSES  # noqa: E402

WIDGET_CLASSES.update(MISC_WIDGET_CLASSES)

# Names with a typed accessor (``at.<name>``, ``block.<name>``), besides get(type).
ELEMENT_TYPES = (
    "title", "header", "subheader", "markdown", "caption", "text", "code", "divider",
    "error", "warning", "info", "success", "exception", "json", "metric", "progress", "empty",
    "dataframe", "table", "data_editor",
    "image", "audio", "video", "page_link",
    *WIDGET_CLASSES,
    "link_button", "datetime_input", *STYLE_NAMES,
    "chat_input",
    "html", "space", "latex",
)
BLOCK_TYPES = ("expander", "columns", "container", "tabs", "form", "popover", "chat_message", "status",
               "grid")
APPTEST_NAMES = {*ELEMENT_TYPES, "expander", "column", "container", "horizontal", "tab", "form", "popover",
                 "chat_message", "status",
                 "help", "grid"}  # get("help") only: a block's ``.help`` is its tooltip prop

T = TypeVar("T", bound=Node)


class ElementList(list[T], Generic[T]):
    """A list of elements, in page order, that can also be searched by key: ``at.button(key="k")``."""

    def __call__(self, key: str) -> T:
        for element in self:
            if element.key == key:
                return element
        raise KeyError(key)

    @property
    def values(self) -> list[Any]:
        return [getattr(e, "value", None) for e in self]


def make_node(slot: Slot, path: tuple[int, ...], at: "AppTest") -> Node:
    if slot.kind == "block":
        from wasmlit.testing.chat_views import BLOCK_VIEWS

        return BLOCK_VIEWS.get(slot.type, Block)(slot, path, at)
    name = type_name(slot)
    if name in ("help", "space"):
        from wasmlit.testing.misc_views import ELEMENT_VIEWS

        return ELEMENT_VIEWS[name](slot, path, at)
    if name == "chat_input":
        from wasmlit.testing.chat_views import ChatInput

        return ChatInput(slot, path, at)
    if name in WIDGET_CLASSES:
        return WIDGET_CLASSES[name](slot, path, at)
    if name in ("dataframe", "table", "data_editor"):
        from wasmlit.testing.dataframe_views import view_class

        return view_class(name)(slot, path, at)
    if name == "exception":
        return Exception_(slot, path, at)
    if name == "vega_lite_chart":
        return VegaLiteChart(slot, path, at)
    if name == "plotly_chart":
        from wasmlit.testing.plotly_view import PlotlyChart

        return PlotlyChart(slot, path, at)
    if name == "link_button":
        from wasmlit.testing.widget_views import LinkButton, LinkButtonWidget

        return (LinkButtonWidget if slot.id else LinkButton)(slot, path, at)
    if name == "page_link":
        return PageLink(slot, path, at)
    if name == "divider":
        from wasmlit.testing.text_views import Divider

        return Divider(slot, path, at)
    return Element(slot, path, at)


class Queries:
    """Typed lists over everything below some slots (a block, a root, the whole page)."""

    def _slots(self) -> Iterator[tuple[tuple[int, ...], Slot]]:
        raise NotImplementedError

    _at: "AppTest"

    def get(self, element_type: str) -> ElementList[Any]:
        """Every element of ``element_type`` (an AppTest name like "slider", or a wire type), in page order."""
        if element_type == "columns":
            element_type = "column"
        if element_type == "tabs":
            element_type = "tab"
        if element_type == "datetime_input":
            element_type = "date_time_input"
        if element_type in STYLE_NAMES:  # st.pills / st.segmented_control: button groups of that style
            return ElementList([n for n in self.get("button_group") if n._slot.props.get("style") == element_type])
        by_name = element_type in APPTEST_NAMES  # else a wire type, e.g. "heading" or "spinner"
        # As in Streamlit's AppTest, ``at.button`` also lists the forms' submit buttons.
        wanted = {"button", "form_submit_button"} if element_type == "button" else {element_type}
        out: ElementList[Any] = ElementList()
        for path, slot in self._slots():
            if (type_name(slot) if by_name else slot.type) in wanted:
                out.append(make_node(slot, path, self._at))
        return out

    @property
    def children(self) -> list[Node]:
        raise NotImplementedError

    def get_by_key(self, key: str) -> Node:
        matches = [n for n in (make_node(s, p, self._at) for p, s in self._slots()) if n.key == key]
        if not matches:
            raise KeyError(key)
        if len(matches) > 1:
            from wasmlit.testing.app_test import AppTestError

            raise AppTestError(f"Several elements have the key {key!r}.")
        return matches[0]


def _typed(name: str) -> property:
    return property(lambda self: self.get(name), doc=f"Every `{name}` element, in page order.")


for _name in (*ELEMENT_TYPES, *BLOCK_TYPES):
    setattr(Queries, _name, _typed(_name))


class Block(Node, Queries):
    """A container (column, expander, st.container...) — narrows the typed lists to its contents."""

    def _slots(self) -> Iterator[tuple[tuple[int, ...], Slot]]:
        yield from self._at._tree._walk(self._slot, self._path)

    @property
    def children(self) -> list[Node]:
        return [make_node(s, (*self._path, i), self._at) for i, s in self._slot.child_list()]

    @property
    def label(self) -> Any:
        return self._slot.props.get("label")

    def __getattr__(self, name: str) -> Any:
        return Node.__getattr__(self, name)
