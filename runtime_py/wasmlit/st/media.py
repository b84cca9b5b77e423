"""st.image, st.audio, st.video.

Media bytes travel in the node as ``protocol.Binary`` (transferred to the page, shown
through a Blob URL); http(s)/data URLs are passed through. A str that is not a URL
is a file of the app (relative to the working directory, which is the app's folder
in the worker, then to the script's folder). numpy arrays are encoded as PNG with a
small standard-library encoder (no Pillow needed); PIL images are saved by PIL.
"""

from __future__ import annotations

import io
import mimetypes
import os
import struct
import wave
import zlib
from typing import TYPE_CHECKING, Any, Sequence

from wasmlit import protocol
from wasmlit._engine import context as ctx_mod
from wasmlit.errors import StreamlitAPIException

if TYPE_CHECKING:
    from wasmlit.st.delta_generator import DeltaGenerator

URL_PREFIXES = ("http://", "https://", "data:", "blob:")


class MediaFileStorageError(Exception):
    """A media file of the app could not be read (Streamlit's ``MediaFileStorageError``)."""


# ---------------------------------------------------------------- sources


def _app_file(path: str) -> str:
    if os.path.isfile(path):
        return path
    run = ctx_mod.maybe_run_context()
    if run is not None and not os.path.isabs(path):
        candidate = os.path.join(run.session.script.directory, path)
        if os.path.isfile(candidate):
            return candidate
    raise MediaFileStorageError(f"Error opening '{path}'")


def _read_app_file(path: str) -> tuple[bytes, str | None]:
    found = _app_file(path)
    with open(found, "rb") as f:
        data = f.read()
    return data, mimetypes.guess_type(found)[0]


def sniff_image_mime(data: bytes) -> str:
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8"):
        return "image/jpeg"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data.startswith(b"BM"):
        return "image/bmp"
    head = data[:256].lstrip().lower()
    if head.startswith(b"<svg") or head.startswith(b"<?xml"):
        return "image/svg+xml"
    return "image/png"


def encode_png(pixels: bytes, width: int, height: int, channels: int) -> bytes:
    """8-bit PNG of raw rows (channels 1 = grey, 3 = RGB, 4 = RGBA)."""
    color_type = {1: 0, 2: 4, 3: 2, 4: 6}[channels]
    stride = width * channels
    raw = b"".join(b"\x00" + pixels[y * stride:(y + 1) * stride] for y in range(height))

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, color_type, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 6))
            + chunk(b"IEND", b""))


def _numpy_to_png(array: Any, clamp: bool, channels: str) -> bytes:
    import numpy as np

    data = np.asarray(array)
    shape = data.shape
    if len(shape) not in (2, 3):
        raise StreamlitAPIException("Numpy shape has to be of length 2 or 3.")
    if len(shape) == 3 and shape[-1] not in (1, 3, 4):
        raise StreamlitAPIException(f"Channel can only be 1, 3, or 4 got {shape[-1]}. Shape is {shape}")
    if len(shape) == 3 and shape[-1] == 1:
        data = data[:, :, 0]
    if np.issubdtype(data.dtype, np.floating):
        if clamp:
            data = np.clip(data, 0, 1.0)
        elif data.size and (np.amin(data) < 0.0 or np.amax(data) > 1.0):
            raise RuntimeError("Data is outside [0.0, 1.0] and clamp is not set.")
        data = data * 255
    else:
        if clamp:
            data = np.clip(data, 0, 255)
        elif data.size and (np.amin(data) < 0 or np.amax(data) > 255):
            raise RuntimeError("Data is outside [0, 255] and clamp is not set.")
    data = data.astype(np.uint8)
    if data.ndim == 3 and channels == "BGR":
        data = data[:, :, [2, 1, 0, 3][: data.shape[2]]]
    height, width = data.shape[:2]
    n = 1 if data.ndim == 2 else data.shape[2]
    return encode_png(np.ascontiguousarray(data).tobytes(), width, height, n)


def image_source(image: Any, clamp: bool, channels: str, output_format: str) -> dict[str, Any]:
    """One image as ``{url}`` or ``{data: Binary, mime}``."""
    if isinstance(image, str):
        if image.startswith(URL_PREFIXES) and not os.path.isfile(image):
            return {"url": image}
        if _is_svg_text(image):
            return {"data": protocol.Binary(image.strip().encode("utf-8")), "mime": "image/svg+xml"}
        data, mime = _read_app_file(image)
        return {"data": protocol.Binary(data), "mime": mime or sniff_image_mime(data)}
    if isinstance(image, os.PathLike):
        return image_source(os.fspath(image), clamp, channels, output_format)
    if isinstance(image, (bytes, bytearray, memoryview)):
        data = bytes(image)
        return {"data": protocol.Binary(data), "mime": sniff_image_mime(data)}
    if isinstance(image, io.IOBase) and hasattr(image, "read"):
        image.seek(0)
        data = image.read()
        return image_source(data if isinstance(data, bytes) else str(data), clamp, channels, output_format)
    module = type(image).__module__
    if module.startswith("PIL.") and hasattr(image, "save"):
        fmt = output_format.upper()
        if fmt == "AUTO":
            fmt = "JPEG" if getattr(image, "format", None) == "JPEG" and image.mode == "RGB" else "PNG"
        if fmt == "JPG":
            fmt = "JPEG"
        buf = io.BytesIO()
        image.save(buf, format=fmt)
        return {"data": protocol.Binary(buf.getvalue()), "mime": f"image/{fmt.lower()}"}
    if module.startswith("numpy") and hasattr(image, "shape"):
        return {"data": protocol.Binary(_numpy_to_png(image, clamp, channels)), "mime": "image/png"}
    raise StreamlitAPIException(f"Unrecognized type for image: {type(image)}")


def _is_svg_text(text: str) -> bool:
    """SVG markup rather than a path: ``<svg`` or an XML prolog / comment before an ``<svg`` element."""
    head = text.lstrip()
    if head.startswith("<svg"):
        return True
    return head.startswith(("<?xml", "<!--", "<!DOCTYPE svg")) and "<svg" in head


def media_source(data: Any, default_mime: str, sample_rate: int | None = None) -> dict[str, Any]:
    """Audio or video as ``{url}`` or ``{data: Binary, mime}``."""
    if data is None:
        return {"url": None}
    if isinstance(data, os.PathLike):
        data = os.fspath(data)
    if isinstance(data, str):
        if data.startswith(URL_PREFIXES) and not os.path.isfile(data):
            return {"url": data}
        payload, mime = _read_app_file(data)
        return {"data": protocol.Binary(payload), "mime": mime or default_mime}
    if isinstance(data, (bytes, bytearray, memoryview)):
        return {"data": protocol.Binary(bytes(data)), "mime": default_mime}
    if isinstance(data, io.IOBase) and hasattr(data, "read"):
        data.seek(0)
        return {"data": protocol.Binary(data.read()), "mime": default_mime}
    if type(data).__module__.startswith("numpy") and hasattr(data, "shape"):
        if sample_rate is None:
            raise StreamlitAPIException("`sample_rate` must be specified when `data` is a numpy array.")
        return {"data": protocol.Binary(_numpy_to_wav(data, sample_rate)), "mime": "audio/wav"}
    raise StreamlitAPIException(f"Invalid binary data format: {type(data)}")


def _numpy_to_wav(array: Any, sample_rate: int) -> bytes:
    import numpy as np

    data = np.asarray(array, dtype=float)
    if data.ndim == 1:
        channels = 1
    elif data.ndim == 2:
        channels = data.shape[0]
        data = data.T.ravel()
    else:
        raise StreamlitAPIException("Numpy array audio input must be a 1D or 2D array.")
    peak = np.max(np.abs(data)) if data.size else 0
    scaled = (data / peak * 32767) if peak else data
    buf = io.BytesIO()
    with wave.open(buf, "wb") as out:
        out.setnchannels(channels)
        out.setsampwidth(2)
        out.setframerate(int(sample_rate))
        out.writeframes(scaled.astype("<i2").tobytes())
    return buf.getvalue()


def _seconds(value: Any, name: str) -> float | None:
    if value is None:
        return None
    if hasattr(value, "total_seconds"):
        return float(value.total_seconds())
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if value < 0:
            raise StreamlitAPIException(f"`{name}` must be a non-negative number of seconds.")
        return float(value)
    raise StreamlitAPIException(f"`{name}` must be a number of seconds or a timedelta, got {value!r}.")


# ---------------------------------------------------------------- mixin


class MediaMixin:
    def image(self: "DeltaGenerator", image: Any, caption: str | Sequence[str] | None = None,
              width: int | str | None = None, use_column_width: Any = None, clamp: bool = False,
              channels: str = "RGB", output_format: str = "auto", *, use_container_width: bool = False,
              link: Any = None) -> "DeltaGenerator":
        if channels not in ("RGB", "BGR"):
            raise StreamlitAPIException(f'Invalid channels value: "{channels}". Supported values: "RGB", "BGR".')
        if output_format.upper() not in ("AUTO", "PNG", "JPEG", "JPG"):
            raise StreamlitAPIException(
                f'Invalid output_format value: "{output_format}". Supported values: "auto", "PNG", "JPEG".')
        if isinstance(width, int) and not isinstance(width, bool) and width <= 0:
            raise StreamlitAPIException("Image width must be positive.")
        if width is not None and not isinstance(width, int) and width not in ("content", "stretch"):
            raise StreamlitAPIException(f"Invalid width value: {width!r}. Width must be a positive integer, "
                                        "'content' or 'stretch'.")
        images = list(image) if isinstance(image, (list, tuple)) else [image]
        if type(image).__module__.startswith("numpy") and getattr(image, "ndim", 0) == 4:
            images = list(image)  # a batch of arrays
        if isinstance(caption, (list, tuple)):
            captions = [None if c is None else str(c) for c in caption]
        elif caption is None:
            captions = [None] * len(images)
        else:
            captions = [str(caption)]
        if len(captions) != len(images):
            raise StreamlitAPIException(f"Cannot pair {len(captions)} captions with {len(images)} images.")
        stretch = bool(use_container_width) or width == "stretch" or use_column_width in (True, "always", "auto")
        items = []
        for i, img in enumerate(images):
            item = image_source(img, clamp, channels, output_format)
            item["caption"] = captions[i]
            items.append(item)
        return self._enqueue("image", {"images": items, "width": width if isinstance(width, int) else None,
                                       "use_container_width": stretch})

    def audio(self: "DeltaGenerator", data: Any, format: str = "audio/wav", start_time: Any = 0, *,
              sample_rate: int | None = None, end_time: Any = None, loop: bool = False,
              autoplay: bool = False, width: Any = None) -> "DeltaGenerator":
        source = media_source(data, format, sample_rate)
        return self._enqueue("audio", {**source, "start_time": _seconds(start_time, "start_time") or 0,
                                       "end_time": _seconds(end_time, "end_time"), "loop": bool(loop),
                                       "autoplay": bool(autoplay)})

    def video(self: "DeltaGenerator", data: Any, format: str = "video/mp4", start_time: Any = 0, *,
              subtitles: Any = None, end_time: Any = None, loop: bool = False, autoplay: bool = False,
              muted: bool = False, width: Any = None) -> "DeltaGenerator":
        source = media_source(data, format)
        return self._enqueue("video", {**source, "start_time": _seconds(start_time, "start_time") or 0,
                                       "end_time": _seconds(end_time, "end_time"), "loop": bool(loop),
                                       "autoplay": bool(autoplay), "muted": bool(muted)})
