"""st.chat_message (a container with an avatar) and st.chat_input (a trigger widget).

``st.chat_input`` returns the submitted text for the one run its submission causes and
None on every other run (it is a trigger, like a button, whose resting value is None).
Written in the main area outside any container, it goes to the bottom root
(``protocol.Root.BOTTOM``), which the page pins under the main area; anywhere else it is
inline. The wire value is ``{"text": str, "files": [{file_id, name, type, size, data}]}``;
files are one-shot (Streamlit forgets them after the run), so they are not stored.
"""

from __future__ import annotations

import mimetypes
from typing import TYPE_CHECKING, Any, Callable, Sequence

from wasmlit import protocol
from wasmlit._engine import context as ctx_mod
from wasmlit.errors import (
    StreamlitAPIException,
    StreamlitInvalidLayoutContextError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
)
from wasmlit.st._chat_avatar import avatar_props
from wasmlit.st._chat_value import ChatInputValue
from wasmlit.st.widgets._registry import WidgetSpec, register
from wasmlit.st.widgets.file_uploader import (
    UploadedFile,
    _FileRecord,
    accepted,
    max_upload_mb,
    normalize_types,
)

if TYPE_CHECKING:
    from wasmlit.st.delta_generator import DeltaGenerator

ACCEPT_FILE = {False: "none", True: "single", "multiple": "multiple", "directory": "directory"}
SUBMIT_MODES = ("submit", "disable", "stop")
AUDIO_SAMPLE_RATES = (8000, 11025, 16000, 22050, 24000, 32000, 44100, 48000)
# AppSession.extras: widget id -> what chat_input returned in its last run (AppTest's ``.value``).
RETURNED = "chat_input_returned"


def check_width(width: Any, *, allow_content: bool) -> None:
    """Streamlit's width rule: a positive int, "stretch" (or "content" where allowed)."""
    if isinstance(width, int) and not isinstance(width, bool) and width > 0:
        return
    if width == "stretch" or (allow_content and width == "content"):
        return
    allowed = "a positive integer (pixels), 'stretch', or 'content'" if allow_content \
        else "a positive integer (pixels) or 'stretch'"
    raise StreamlitAPIException(f"Invalid width value: {width!r}. Width must be either {allowed}.")


def _pinned_to_bottom(dg: "DeltaGenerator") -> bool:
    """Main area, not inside any block (an st.empty() slot of the main area counts too)."""
    target = dg._target()
    where = target._block_path if target._slot is None else target._slot[:-1]
    return where == (protocol.Root.MAIN,)


class _Serde:
    """Page wire value ↔ the value chat_input returns."""

    def __init__(self, accept_files: bool, accept_audio: bool, types: list[str] | None,
                 max_chars: int | None, limit_mb: float) -> None:
        self.accept_files, self.accept_audio = accept_files, accept_audio
        self.types, self.max_chars, self.limit_mb = types, max_chars, limit_mb

    def deserialize(self, wire: Any) -> Any:
        if wire is None:
            return None
        text = wire.get("text") if isinstance(wire, dict) else wire
        text = "" if text is None else str(text)
        if self.max_chars:
            text = text[: self.max_chars]
        if not self.accept_files and not self.accept_audio:
            return text
        files = [f for f in map(self._file, wire.get("files") or [] if isinstance(wire, dict) else []) if f]
        return ChatInputValue(text, files, None, include_files=self.accept_files,
                              include_audio=self.accept_audio)

    def _file(self, item: Any) -> UploadedFile | None:
        if not isinstance(item, dict) or item.get("data") is None:
            return None
        name = str(item.get("name", ""))
        mime = str(item.get("type") or mimetypes.guess_type(name)[0] or "application/octet-stream")
        data = item["data"]
        data = bytes(data.data if isinstance(data, protocol.Binary) else data)
        if len(data) > self.limit_mb * 1024 * 1024 or not accepted(name, mime, self.types):
            return None  # the page refuses these before sending; a tampered one is dropped
        return UploadedFile(_FileRecord(str(item.get("file_id", name)), name, mime, data))

    @staticmethod
    def serialize(value: Any) -> Any:
        if value is None:
            return None
        if isinstance(value, ChatInputValue):
            files = value.to_dict().get("files") or []
            return {"text": value.text, "files": [
                {"file_id": f.file_id, "name": f.name, "type": f.type, "size": f.size,
                 "data": protocol.Binary(f.getvalue())} for f in files]}
        return {"text": str(value), "files": []}


class ChatMixin:
    def chat_message(self: "DeltaGenerator", name: str, *, avatar: Any = None,
                     width: Any = "stretch") -> "DeltaGenerator":
        if name is None:
            raise StreamlitMissingRequiredParameterError("The `name` parameter is required.")
        props = avatar_props(name, avatar)
        check_width(width, allow_content=True)
        return self._block("chat_message", {"name": name, **props, "width": width})

    def chat_input(self: "DeltaGenerator", placeholder: str = "Your message", *, key: str | int | None = None,
                   max_chars: int | None = None, max_upload_size: int | None = None,
                   accept_file: bool | str = False, file_type: str | Sequence[str] | None = None,
                   accept_audio: bool = False, audio_sample_rate: int | None = 16000,
                   disabled: bool = False, submit_mode: str = "submit",
                   on_submit: Callable[..., Any] | None = None, args: Any = None, kwargs: Any = None,
                   width: Any = "stretch", height: Any = "content") -> Any:
        _check_chat_input_args(accept_file, submit_mode, max_upload_size, audio_sample_rate, width)
        run = ctx_mod.get_run_context()
        types = normalize_types(file_type) if file_type else None
        limit_mb = float(max_upload_size) if max_upload_size else max_upload_mb(run.session.script.directory)
        serde = _Serde(accept_file is not False, bool(accept_audio), types, max_chars, limit_mb)
        from_api = key is not None and run.session.state.has_api_value(str(key))
        current, widget_id = register(self, WidgetSpec(
            kind="chat_input", label=str(placeholder), key=key, default=None,
            identity={"max_chars": max_chars, "max_upload_size": max_upload_size, "accept_file": accept_file,
                      "file_type": file_type, "accept_audio": accept_audio,
                      "audio_sample_rate": audio_sample_rate, "submit_mode": submit_mode,
                      "width": width, "height": height},
            keyed_identity={"accept_file": accept_file, "file_type": file_type, "max_chars": max_chars,
                            "max_upload_size": max_upload_size},
            deserialize=serde.deserialize, serialize=serde.serialize, on_change=on_submit,
            args=args, kwargs=kwargs, disabled=disabled, is_trigger=True, trigger_reset=None,
        ))
        if self._active_form_id is not None:
            raise StreamlitInvalidLayoutContextError("`st.chat_input()` can't be used in a `st.form()`.")
        prefill = None
        if from_api and isinstance(current, str):
            # ``st.session_state[key] = "..."`` puts the text in the box; nothing is submitted.
            prefill, current = current, None
            run.session.state.set_widget_value(widget_id, None)
        props = {"placeholder": str(placeholder), "max_chars": max_chars, "disabled": bool(disabled),
                 "accept_file": ACCEPT_FILE[accept_file], "file_type": types,
                 "max_upload_size_mb": limit_mb, "accept_audio": bool(accept_audio),
                 "submit_mode": submit_mode, "width": width, "value": prefill,
                 "set_value_run": run.run_id if prefill is not None else None,
                 "bottom": _pinned_to_bottom(self)}
        target = _bottom_dg() if props["bottom"] else self
        target._enqueue("chat_input", props, widget_id)
        run.session.extras.setdefault(RETURNED, {})[widget_id] = current
        return current


def _check_chat_input_args(accept_file: Any, submit_mode: Any, max_upload_size: Any,
                           audio_sample_rate: Any, width: Any) -> None:
    if accept_file not in ACCEPT_FILE:
        raise StreamlitValueError("accept_file", f"True, False, 'multiple', 'directory'. Got {accept_file!r}")
    if submit_mode not in SUBMIT_MODES:
        raise StreamlitValueError("submit_mode", "'submit', 'disable', 'stop'")
    if max_upload_size is not None and (isinstance(max_upload_size, bool) or not isinstance(max_upload_size, int)
                                        or max_upload_size < 1):
        raise StreamlitValueError(
            "max_upload_size", "a positive integer. Set it to None to fall back to the "
            "`server.maxUploadSize` configuration option")
    if audio_sample_rate is not None and audio_sample_rate not in AUDIO_SAMPLE_RATES:
        raise StreamlitValueError("audio_sample_rate",
                                  ", ".join(str(r) for r in AUDIO_SAMPLE_RATES) + ", None")
    check_width(width, allow_content=False)


_BOTTOM: list["DeltaGenerator"] = []


def _bottom_dg() -> "DeltaGenerator":
    """The bottom root's DeltaGenerator (made on first use: delta_generator imports this module)."""
    if not _BOTTOM:
        from wasmlit.st.delta_generator import DeltaGenerator

        _BOTTOM.append(DeltaGenerator(block=(protocol.Root.BOTTOM,)))
    return _BOTTOM[0]
