"""st.image, st.audio, st.video: sources (numpy, PIL, bytes, app files, URLs) and arguments."""

from __future__ import annotations

import io
import struct
import wave
import zlib
from pathlib import Path

import pytest

from wasmlit.st.media import encode_png
from wasmlit.testing import AppTest

PNG_1x1 = encode_png(b"\xff\x00\x00", 1, 1, 3)


def png_pixels(data: bytes) -> tuple[int, int, int, bytes]:
    """(width, height, colour type, raw rows) of a PNG made by encode_png."""
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    width, height, _depth, color_type = struct.unpack(">IIBB", data[16:26])
    idat_len = struct.unpack(">I", data[33:37])[0]
    return width, height, color_type, zlib.decompress(data[41:41 + idat_len])


def test_numpy_images_become_png(app):
    at = app("""
        import numpy as np
        import streamlit as st
        st.image(np.array([[0, 255], [128, 64]], dtype=np.uint8), caption="grey")
        st.image(np.ones((2, 3, 3)) * 0.5)
        st.image(np.zeros((1, 1, 4), dtype=np.uint8), width=50)
        st.image(np.array([[[1, 2, 3]]], dtype=np.uint8), channels="BGR")
    """)
    imgs = [i.images[0] for i in at.image]
    assert all(i["mime"] == "image/png" for i in imgs)
    assert png_pixels(imgs[0]["data"]) == (2, 2, 0, b"\x00\x00\xff\x00\x80\x40")
    w, h, ct, rows = png_pixels(imgs[1]["data"])
    assert (w, h, ct) == (3, 2, 2) and rows[1:4] == bytes([127, 127, 127])
    assert imgs[0]["caption"] == "grey" and at.image[2].width == 50
    assert png_pixels(imgs[3]["data"])[3] == b"\x00\x03\x02\x01"


def test_pil_image(app):
    pytest.importorskip("PIL")
    at = app("import streamlit as st\nfrom PIL import Image\nst.image(Image.new('RGB', (2, 1), 'red'))")
    assert at.image[0].images[0]["mime"] == "image/png"
    assert at.image[0].images[0]["data"].startswith(b"\x89PNG")


def test_bytes_file_url_and_lists(tmp_path: Path):
    (tmp_path / "logo.png").write_bytes(PNG_1x1)
    (tmp_path / "app.py").write_text("""
import io
import streamlit as st
st.image(open(__file__.replace("app.py", "logo.png"), "rb").read(), use_container_width=True)
st.image("logo.png")
st.image("https://example.com/x.png")
st.image(["logo.png", "https://example.com/y.jpg"], caption=["a", "b"])
st.image(io.BytesIO(b"GIF89a..."))
""")
    at = AppTest.from_file(tmp_path / "app.py").run()
    assert not at.exception
    raw, path, url, listed, gif = at.image
    assert raw.images[0] == {"data": PNG_1x1, "mime": "image/png", "caption": None} and raw.use_container_width
    assert path.images[0]["data"] == PNG_1x1
    assert url.images == [{"url": "https://example.com/x.png", "caption": None}]
    assert [i.get("url") or "file" for i in listed.images] == ["file", "https://example.com/y.jpg"]
    assert [i["caption"] for i in listed.images] == ["a", "b"]
    assert gif.images[0]["mime"] == "image/gif"


@pytest.mark.parametrize("call, error, message", [
    ("st.image('missing.png')", "MediaFileStorageError", "Error opening 'missing.png'"),
    ("st.image(['a', 'b'], caption='one')", "StreamlitAPIException", "Cannot pair 1 captions with 2 images."),
    ("st.image(np.zeros((2, 2, 2)))", "StreamlitAPIException", "Channel can only be 1, 3, or 4 got 2. Shape is (2, 2, 2)"),
    ("st.image(np.ones((1, 1)) * 2.0)", "RuntimeError", "Data is outside [0.0, 1.0] and clamp is not set."),
    ("st.image(3)", "StreamlitAPIException", "Unrecognized type for image: <class 'int'>"),
    ("st.image(b'x', width=-1)", "StreamlitAPIException", "Image width must be positive."),
])
def test_image_errors(app, call, error, message):
    at = app(f"import numpy as np\nimport streamlit as st\n{call}\n")
    assert (at.exception[0].type_name, at.exception[0].value) == (error, message)


def test_clamp(app):
    at = app("import numpy as np\nimport streamlit as st\nst.image(np.array([[2.0, -1.0]]), clamp=True)")
    assert png_pixels(at.image[0].images[0]["data"])[3] == b"\x00\xff\x00"


def test_audio_and_video_sources(tmp_path: Path):
    (tmp_path / "clip.mp4").write_bytes(b"\x00\x00\x00\x18ftypmp42")
    (tmp_path / "app.py").write_text("""
import numpy as np
import streamlit as st
st.audio(b"RIFFxxxxWAVE")
st.audio(np.sin(np.linspace(0, 6.28, 100)), sample_rate=8000, loop=True, start_time=1, end_time=2)
st.audio("https://example.com/a.mp3", format="audio/mpeg")
st.video("clip.mp4", autoplay=True, muted=True)
st.video(b"webm", format="video/webm")
""")
    at = AppTest.from_file(tmp_path / "app.py").run()
    assert not at.exception
    raw, tone, url = at.audio
    assert (raw.data, raw.mime) == (b"RIFFxxxxWAVE", "audio/wav")
    with wave.open(io.BytesIO(tone.data)) as w:
        assert (w.getframerate(), w.getnchannels(), w.getnframes()) == (8000, 1, 100)
    assert (tone.loop, tone.start_time, tone.end_time) == (True, 1.0, 2.0)
    assert url.url == "https://example.com/a.mp3"
    clip, webm = at.video
    assert (clip.data[4:8], clip.mime, clip.autoplay, clip.muted) == (b"ftyp", "video/mp4", True, True)
    assert (webm.data, webm.mime) == (b"webm", "video/webm")


def test_audio_numpy_needs_sample_rate(app):
    at = app("import numpy as np\nimport streamlit as st\nst.audio(np.zeros(10))")
    assert at.exception[0].value == "`sample_rate` must be specified when `data` is a numpy array."
