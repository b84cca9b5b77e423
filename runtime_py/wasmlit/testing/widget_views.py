"""AppTest views of st.pills / st.segmented_control (``button_group``), st.feedback,
st.datetime_input (``date_time_input``), st.audio_input, st.camera_input and st.link_button,
with the names and methods of Streamlit 1.67's AppTest (``streamlit.testing.v1.element_tree``)."""

from __future__ import annotations

import uuid
from typing import Any, Callable

from wasmlit import protocol
from wasmlit.testing.elements import AppTestErrorRef, Element, Widget


class ButtonGroup(Widget):
    """``at.button_group`` (both), ``at.pills``, ``at.segmented_control``."""

    @property
    def options(self) -> list[str]:
        return [o.get("content", "") for o in self._slot.props.get("options", [])]

    @property
    def _multi(self) -> bool:
        return self._slot.props.get("selection_mode") == "multi"

    @property
    def indices(self) -> list[int]:
        meta = self._at._state.widget_meta(self.id)
        return [] if meta is None else list(meta.serialize(self.value))

    @property
    def formatted_values(self) -> list[str]:
        options = self.options
        return [options[i] for i in self.indices]

    def select(self, v: Any) -> "ButtonGroup":
        if not self._multi:
            self.set_value(v)
            return self
        current = list(self.value or [])
        if v not in current:
            self.set_value([*current, v])
        return self

    def unselect(self, v: Any) -> "ButtonGroup":
        if not self._multi:
            if self.value == v:
                self.set_value(None)
            return self
        current = list(self.value or [])
        if v in current:
            self.set_value([x for x in current if x != v])
        return self


class Feedback(Widget):
    """``set_value(index | None)``."""


class DateTimeInput(Widget):
    """``set_value(datetime | None)``."""


def _one_file(widget: str, suffix: str, mime: str, verb: str, noun: str) -> Callable[[Any], tuple[str, bytes, str]]:
    """Streamlit's checks of what a test may stage: one (name, bytes, mime) with the browser's type."""
    def parse(file: Any) -> tuple[str, bytes, str]:
        error = AppTestErrorRef.get()
        if (isinstance(file, tuple) and len(file) == 3 and isinstance(file[0], str)
                and isinstance(file[1], (bytes, bytearray)) and isinstance(file[2], str)):
            name, content, kind = file
            if not name.lower().endswith(suffix):
                raise error(f"st.{widget} only {verb} {suffix} files. Got filename {name!r}.")
            if kind.lower() != mime:
                raise error(f"st.{widget} {noun}s use MIME type {mime!r}. Got {kind!r}.")
            return name, bytes(content), mime
        if isinstance(file, list):
            raise error(f"st.{widget} {verb} one {noun}. A list is not accepted.")
        raise error(f"st.{widget} {verb} one {noun}. Pass one (filename, content, mime_type) tuple whose "
                    f"content is bytes, or None to clear. Got {type(file).__name__}.")
    return parse


class _MediaInput(Widget):
    _parse: Callable[[Any], tuple[str, bytes, str]]
    _mime: str

    def set_value(self, file: Any) -> "_MediaInput":  # type: ignore[override]
        if self._at._state.widget_meta(self.id) is None:
            raise AppTestErrorRef.get()(f"The {self.type} {self.label!r} is no longer on the page.")
        if self.disabled:
            raise AppTestErrorRef.get()(f"Cannot set the value of the disabled {self.type} {self.label!r}.")
        if file is None:
            return self._set_wire([])  # type: ignore[return-value]
        name, content, mime = type(self)._parse(file)
        entry = {"file_id": uuid.uuid4().hex, "name": name, "type": mime, "size": len(content),
                 "data": protocol.Binary(content)}
        return self._set_wire([entry])  # type: ignore[return-value]

    def upload(self, filename: str, content: bytes, mime_type: str | None = None) -> "_MediaInput":
        return self.set_value((filename, content, mime_type or self._mime))

    def clear(self) -> "_MediaInput":
        return self.set_value(None)

    @property
    def value(self) -> Any:
        """The file the last run committed (a staged one shows only after ``run()``)."""
        return self._at._state.widget_value(self.id)


class AudioInput(_MediaInput):
    _parse = staticmethod(_one_file("audio_input", ".wav", "audio/wav", "records", "recording"))
    _mime = "audio/wav"

    @property
    def sample_rate(self) -> int | None:
        return self._slot.props.get("sample_rate")


class CameraInput(_MediaInput):
    _parse = staticmethod(_one_file("camera_input", ".jpg", "image/jpeg", "captures", "photo"))
    _mime = "image/jpeg"

    @property
    def resolution(self) -> str | None:
        height = self._slot.props.get("resolution_height")
        return {480: "480p", 720: "720p", 1080: "1080p"}.get(height) if height else None


class LinkButton(Element):
    """Read-only: ``.value`` is the label; ``.url``, ``.help``... read from the element."""

    @property
    def value(self) -> str:
        return str(self._slot.props.get("label", ""))

    def click(self) -> Any:
        raise AppTestErrorRef.get()(
            "click() is not supported for link_button. AppTest does not open URLs or trigger on_click. "
            "Use a Playwright e2e test.")


class LinkButtonWidget(LinkButton, Widget):
    """A link_button with on_click="rerun" or a callback (it has a widget id)."""


NEW_WIDGET_CLASSES: dict[str, type[Widget]] = {
    "button_group": ButtonGroup,
    "feedback": Feedback,
    "date_time_input": DateTimeInput,
    "audio_input": AudioInput,
    "camera_input": CameraInput,
}
# AppTest names that select among button groups by their style.
STYLE_NAMES = ("pills", "segmented_control")
