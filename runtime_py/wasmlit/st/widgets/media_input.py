"""st.audio_input and st.camera_input: one recording / one photo, returned as an ``UploadedFile``.

They share st.file_uploader's transport and store: the wire value is the widget's file
list, ``[{file_id, name, type, size, data?}]`` (``data`` only when the file is new), so the
bytes cross once and reruns refer to them by ``file_id``. The page records audio as a
16-bit mono WAV at ``sample_rate`` (``audio/wav``, ``<time>_audio.wav``) and takes photos
as JPEG (``image/jpeg``, ``camera-input-<time>.jpg``), as Streamlit's frontend does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit import protocol
from wasmlit._engine import context as ctx_mod
from wasmlit.errors import StreamlitValueError
from wasmlit.st.widgets._modes import callback_of
from wasmlit.st.widgets._registry import WidgetSpec, common_props, register
from wasmlit.st.widgets.file_uploader import OWNERS, STORE, UploadedFile, _FileRecord

if TYPE_CHECKING:
    from wasmlit.st.delta_generator import DeltaGenerator

SAMPLE_RATES = (8000, 11025, 16000, 22050, 24000, 32000, 44100, 48000)
RESOLUTIONS = {"480p": 480, "720p": 720, "1080p": 1080}


def _one_file(kind: str, mime: str, store: dict[str, _FileRecord]) -> Any:
    def deserialize(wire: Any) -> UploadedFile | None:
        chosen = None
        for item in wire or []:
            if not isinstance(item, dict) or "file_id" not in item:
                continue
            file_id = str(item["file_id"])
            data = item.get("data")
            if data is not None:
                payload = bytes(data.data if isinstance(data, protocol.Binary) else data)
                store[file_id] = _FileRecord(file_id, str(item.get("name") or kind), mime, payload)
            if file_id in store:
                chosen = UploadedFile(store[file_id])
        return chosen
    return deserialize


def _serialize(value: Any) -> list[dict[str, Any]]:
    if value is None:
        return []
    return [{"file_id": value.file_id, "name": value.name, "type": value.type, "size": value.size}]


def _forget_unowned(session: Any, widget_id: str, value: Any) -> None:
    """Keep the bytes of files some widget still holds (the same bookkeeping as file_uploader)."""
    owners: dict[str, set[str]] = session.extras.setdefault(OWNERS, {})
    owners[widget_id] = {f["file_id"] for f in _serialize(value)}
    for gone in [w for w in owners if session.state.widget_meta(w) is None]:
        del owners[gone]
    live = set().union(*owners.values())
    store = session.extras.setdefault(STORE, {})
    for file_id in [f for f in store if f not in live]:
        del store[file_id]


class MediaInputMixin:
    def _media_input(self: "DeltaGenerator", kind: str, mime: str, label: str, key: Any, help: str | None,
                     on_change: Any, args: Any, kwargs: Any, disabled: bool, label_visibility: str,
                     width: Any, extra: dict[str, Any]) -> UploadedFile | None:
        callback = callback_of(on_change)
        session = ctx_mod.get_run_context().session
        store: dict[str, _FileRecord] = session.extras.setdefault(STORE, {})
        current, widget_id = register(self, WidgetSpec(
            kind=kind, label=str(label), key=key, default=None,
            identity={"help": help, "width": repr(width), **extra}, keyed_identity={},
            deserialize=_one_file(kind, mime, store), serialize=_serialize, on_change=callback,
            args=args, kwargs=kwargs, disabled=disabled, label_visibility=label_visibility, readonly_key=True,
        ))
        _forget_unowned(session, widget_id, current)
        self._enqueue(kind, {**common_props(str(label), help, disabled, label_visibility),  # type: ignore[arg-type]
                             "value": _serialize(current), **extra}, widget_id)
        return current

    def audio_input(self: "DeltaGenerator", label: str, *, sample_rate: int | None = 16000,
                    key: str | int | None = None, help: str | None = None, on_change: Any = "rerun",
                    args: Any = None, kwargs: Any = None, disabled: bool = False,
                    label_visibility: str = "visible", width: Any = "stretch") -> UploadedFile | None:
        if sample_rate is not None and sample_rate not in SAMPLE_RATES:
            raise StreamlitValueError("sample_rate", ", ".join(map(str, SAMPLE_RATES)) + ", None")
        return self._media_input("audio_input", "audio/wav", label, key, help, on_change, args, kwargs,
                                 disabled, label_visibility, width, {"sample_rate": sample_rate})

    def camera_input(self: "DeltaGenerator", label: str, key: str | int | None = None, help: str | None = None,
                     on_change: Any = "rerun", args: Any = None, kwargs: Any = None, *, disabled: bool = False,
                     label_visibility: str = "visible", resolution: str | None = None,
                     width: Any = "stretch") -> UploadedFile | None:
        if resolution is not None and resolution not in RESOLUTIONS:
            raise StreamlitValueError("resolution", "'480p', '720p', '1080p', None")
        return self._media_input("camera_input", "image/jpeg", label, key, help, on_change, args, kwargs,
                                 disabled, label_visibility, width,
                                 {"resolution_height": RESOLUTIONS.get(resolution or "")})
