"""st.iframe (a URL, inline HTML or an app file in a frame) and st.skeleton (a loading placeholder)."""

from __future__ import annotations

import logging
import mimetypes
import os
import pathlib
from typing import TYPE_CHECKING, Any

from wasmlit import protocol
from wasmlit.errors import (
    StreamlitAPIException,
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
)
from wasmlit.st import _layout_args as args_mod

if TYPE_CHECKING:
    from wasmlit.st.delta_generator import DeltaGenerator

log = logging.getLogger("wasmlit")
URL_SCHEMES = ("http://", "https://", "data:", "blob:")


def iframe_source(src: Any) -> dict[str, Any]:
    """{src: url} | {srcdoc: html} | {data: Binary, mime} for an app file that is not HTML."""
    if isinstance(src, pathlib.Path):
        if src.suffix.lower() in (".html", ".htm"):
            return {"srcdoc": src.read_text(encoding="utf-8")}
        return {"data": protocol.Binary(src.read_bytes()),
                "mime": mimetypes.guess_type(str(src))[0] or "application/octet-stream"}
    text = str(src)
    if text.startswith(URL_SCHEMES):
        return {"src": text}
    if "<" not in text and len(text) < 4096 and os.path.isfile(text):
        # 1.67 no longer reads a path given as a str: it shows the text and logs why.
        log.warning("Passing a local file path as a string to `st.iframe` is no longer supported. "
                    "To load a local file, pass a `pathlib.Path` object instead.")
        return {"srcdoc": text}
    if text.startswith("/"):
        return {"src": text}
    return {"srcdoc": text}


def _pdf_source(data: Any) -> dict[str, Any]:
    if isinstance(data, (str, pathlib.Path)):
        text = str(data).strip()
        if text.startswith(("http://", "https://")):
            return {"src": text}
        try:
            with open(text, "rb") as f:
                data = f.read()
        except (FileNotFoundError, PermissionError) as exc:
            raise StreamlitAPIException(f"Unable to read file '{text}': {exc}") from None
    elif hasattr(data, "getvalue"):
        data = data.getvalue()
    elif hasattr(data, "read"):
        data = data.read()
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise StreamlitInvalidParameterTypeError(
            f"Invalid `data` type. Expected one of: str, Path, bytes, file-like object. Provided type: "
            f"{type(data).__name__}. A str can be a file path or a URL.")
    return {"data": protocol.Binary(bytes(data)), "mime": "application/pdf"}


class EmbedsMixin:
    def iframe(self: "DeltaGenerator", src: Any, *, width: Any = "stretch", height: Any = "content",
               tab_index: int | None = None, alt: str | None = None) -> "DeltaGenerator":
        """A frame. Inline HTML runs sandboxed (its own origin), so it never reaches the app's page."""
        if tab_index is not None and not (isinstance(tab_index, int) and not isinstance(tab_index, bool)
                                          and tab_index >= -1):
            raise StreamlitValueError("tab_index", ["None", "-1", "a non-negative integer"])
        args_mod.width(width)
        args_mod.height(height)
        source = iframe_source(src)
        if "srcdoc" not in source:  # a cross-origin page cannot be measured: Streamlit's fallbacks
            width = "stretch" if width == "content" else width
            height = 400 if height == "content" else height
        return self._enqueue("iframe", {**source, "width": width, "height": height, "tab_index": tab_index,
                                        "alt": alt})

    def pdf(self: "DeltaGenerator", data: Any, *, height: Any = 500, key: Any = None,
            alt: str | None = None) -> "DeltaGenerator":
        """A PDF in the browser's own viewer (a frame of a Blob URL), instead of 1.67's streamlit-pdf component."""
        if data is None or data == "" or data == b"":
            raise StreamlitMissingRequiredParameterError(
                "The `data` parameter is required. Please provide a valid PDF file path, URL, bytes data, "
                "or file-like object.")
        args_mod.height(height, allow_content=False)
        return self._enqueue("iframe", {**_pdf_source(data), "width": "stretch", "height": height, "tab_index": None,
                                        "alt": alt})

    def skeleton(self: "DeltaGenerator", height: Any = None, *, width: Any = "stretch") -> "DeltaGenerator":
        """A grey loading placeholder; writing into what it returns replaces it (like st.empty)."""
        if height is not None:
            args_mod.height(height, allow_content=False)
        args_mod.width(width, allow_content=False)
        return self._enqueue("skeleton", {"height": height, "width": width})
