"""st.download_button: the bytes travel in the node (``protocol.Binary``); a click saves
them in the page and, like Streamlit, reruns with the button True (``on_click="ignore"``:
no rerun)."""

from __future__ import annotations

import io
import mimetypes
from typing import TYPE_CHECKING, Any, Callable

from wasmlit import protocol
from wasmlit.errors import StreamlitAPIException
from wasmlit.st.widgets.button import button_props, check_button_kind, check_not_in_form, register_trigger

if TYPE_CHECKING:
    from wasmlit.st.delta_generator import DeltaGenerator



def download_bytes(data: Any) -> tuple[bytes, str]:
    """(bytes, default mime) of what ``st.download_button`` accepts."""
    if callable(data):
        data = data()
    if isinstance(data, str):
        return data.encode("utf-8"), "text/plain"
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data), "application/octet-stream"
    if isinstance(data, io.TextIOBase):
        data.seek(0)
        return data.read().encode("utf-8"), "text/plain"
    if isinstance(data, (io.RawIOBase, io.BufferedIOBase)):
        data.seek(0)
        return data.read(), "application/octet-stream"
    if type(data).__module__.startswith("pandas") and hasattr(data, "to_csv"):  # DataFrame / Series
        return data.to_csv().encode("utf-8"), "text/csv"
    raise StreamlitAPIException(f"Invalid binary data format: {type(data)}")


class DownloadButtonMixin:
    def download_button(self: "DeltaGenerator", label: str, data: Any, file_name: str | None = None,
                        mime: str | None = None, key: str | int | None = None, help: str | None = None,
                        on_click: Callable[..., Any] | str | None = "rerun", args: Any = None,
                        kwargs: Any = None, *, type: str = "secondary", icon: str | None = None,
                        disabled: bool = False, use_container_width: bool | None = None,
                        width: Any = None, shortcut: Any = None) -> bool:
        check_button_kind("download_button", type)
        check_not_in_form(self, "download_button")
        if isinstance(on_click, str):
            if on_click not in ("rerun", "ignore"):
                raise StreamlitAPIException(
                    f'`on_click` must be "rerun", "ignore" or a callable. Got "{on_click}".')
            mode, callback = on_click, None
        else:
            mode, callback = "rerun", on_click
        payload, default_mime = download_bytes(data)
        mime = mime or (mimetypes.guess_type(file_name)[0] if file_name else None) or default_mime
        if not file_name:
            file_name = "download" + (mimetypes.guess_extension(mime.split(";")[0]) or "")
        clicked, widget_id = register_trigger(
            self, "download_button", label, key, {"help": help, "type": type, "icon": icon, "file_name": file_name,
                                                  "mime": mime, "use_container_width": use_container_width},
            callback, args, kwargs, disabled)
        self._enqueue("download_button", {
            **button_props(label, help, type, icon, disabled, use_container_width, width),
            "data": protocol.Binary(payload), "file_name": file_name, "mime": mime, "on_click": mode,
        }, widget_id)
        return bool(clicked)
