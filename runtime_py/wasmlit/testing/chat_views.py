"""AppTest views for st.chat_input, st.chat_message and st.status (names as Streamlit's AppTest).

``at.chat_input[0].set_value("hi").run()`` submits "hi" (with any files staged by
``upload(name, content, mime_type)``); afterwards ``.value`` is what that run returned,
as in Streamlit. ``at.chat_message[0].name / .avatar``; ``at.status[0].label / .icon / .state``.
"""

from __future__ import annotations

import base64
import uuid
from typing import Any

from wasmlit import protocol
from wasmlit.st.chat import RETURNED
from wasmlit.testing.elements import _UNSET, AppTestErrorRef, Block, Widget


class ChatInput(Widget):
    @property
    def placeholder(self) -> str:
        return str(self._slot.props.get("placeholder", ""))

    @property
    def label(self) -> str:
        return self.placeholder

    @property
    def value(self) -> Any:
        pending = self._at._pending.get(self.id, _UNSET)
        meta = self._at._state.widget_meta(self.id)
        if pending is not _UNSET and meta is not None:
            return meta.deserialize(pending)
        return self._at._local.session.extras.get(RETURNED, {}).get(self.id)

    def set_value(self, v: str | None) -> "ChatInput":
        """Set the message text (None: no text); staged files stay and go with it."""
        self._assert_can_interact()
        files = self._staged()
        if v is None and not files:
            self._at._pending.pop(self.id, None)
            return self
        self._set_wire({"text": "" if v is None else str(v), "files": files})
        return self

    def upload(self, filename: str, content: bytes, mime_type: str = "application/octet-stream") -> "ChatInput":
        """Stage one file for the next submit (``accept_file=True`` replaces, else appends)."""
        error = AppTestErrorRef.get()
        self._assert_can_interact()
        accept = self._slot.props.get("accept_file", "none")
        if accept == "none":
            key = f" (key={self.key!r})" if self.key else ""
            raise error(f"st.chat_input{key} does not accept files. Pass accept_file=True, 'multiple', or 'directory'.")
        if not isinstance(filename, str) or filename == "":
            raise error(f"st.chat_input file names must be a non-empty string. Got {filename!r}.")
        if not isinstance(content, bytes):
            raise error(f"st.chat_input file content must be bytes. Got {type(content).__name__}.")
        if not isinstance(mime_type, str) or mime_type == "":
            raise error(f"st.chat_input file MIME types must be a non-empty string. Got {mime_type!r}.")
        entry = {"file_id": uuid.uuid4().hex, "name": filename, "type": mime_type, "size": len(content),
                 "data": protocol.Binary(content)}
        files = [entry] if accept == "single" else [*self._staged(), entry]
        pending = self._at._pending.get(self.id)
        text = pending.get("text", "") if isinstance(pending, dict) else ""
        self._set_wire({"text": text, "files": files})
        return self

    def clear(self) -> "ChatInput":
        """Remove staged files (the text set with set_value stays)."""
        self._assert_can_interact()
        pending = self._at._pending.get(self.id)
        if isinstance(pending, dict):
            pending["files"] = []
        return self

    def _staged(self) -> list[dict[str, Any]]:
        pending = self._at._pending.get(self.id)
        return list(pending.get("files") or []) if isinstance(pending, dict) else []

    def _assert_can_interact(self) -> None:
        if self._at._state.widget_meta(self.id) is None:
            raise AppTestErrorRef.get()(f"The chat_input {self.placeholder!r} is no longer on the page.")
        if self.disabled:
            raise AppTestErrorRef.get()(f"Cannot set the value of the disabled chat_input {self.placeholder!r}.")


class ChatMessage(Block):
    @property
    def name(self) -> str:
        return str(self._slot.props.get("name", ""))

    @property
    def avatar(self) -> str:
        """"user", "assistant", an emoji, ":material/x:", an image URL ("" = none); image bytes
        read as a ``data:`` URL (Streamlit gives a media-file URL)."""
        props = self._slot.props
        image = props.get("avatar_image") or {}
        if props.get("avatar_type") == "image" and image.get("data") is not None:
            data = image["data"]
            raw = bytes(data.data if isinstance(data, protocol.Binary) else data)
            return f"data:{image.get('mime', 'image/png')};base64,{base64.b64encode(raw).decode('ascii')}"
        return str(props.get("avatar", ""))


class Status(Block):
    @property
    def icon(self) -> str:
        return str(self._slot.props.get("icon", ""))

    @property
    def state(self) -> str:
        return str(self._slot.props.get("state", ""))

    @property
    def expanded(self) -> bool:
        return bool(self._slot.props.get("expanded"))


BLOCK_VIEWS: dict[str, type[Block]] = {"chat_message": ChatMessage, "status": Status}
