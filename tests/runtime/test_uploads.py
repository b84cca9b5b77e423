"""st.file_uploader (UploadedFile API, type filter, size limit, multiple files) and st.download_button."""

from __future__ import annotations

from pathlib import Path

import pytest

from wasmlit.testing import AppTest

CSV = "x,y\n1,2\n3,4\n5,6\n"


def test_uploaded_file_api_and_pandas(app):
    at = AppTest.from_string("""
        import streamlit as st
        import pandas as pd
        f = st.file_uploader("CSV", type="csv", key="up")
        if f is None:
            st.write("none")
        else:
            st.write(f.name, f.type, f.size, f.read(3).decode(), f.tell())
            f.seek(0)
            df = pd.read_csv(f)
            st.write("shape", str(df.shape), "sum", int(df["y"].sum()))
            st.write("getvalue", str(len(f.getvalue())), type(f).__name__)
            st.write(str(st.session_state.up == f))
    """).run()
    assert at.markdown[0].value == "none"
    assert at.file_uploader[0].value is None
    at.file_uploader[0].upload("data.csv", CSV, "text/csv").run()
    values = at.markdown.values
    assert values[0] == "data.csv text/csv `16` x,y `3`"
    assert values[1] == "shape (3, 2) sum `12`"
    assert values[2] == "getvalue 16 UploadedFile"
    assert values[3] == "True"
    at.run()  # a rerun gets a fresh file object at position 0, without resending the bytes
    assert at.markdown.values[0] == "data.csv text/csv `16` x,y `3`"
    props = at.file_uploader[0].proto["props"]
    assert props["value"] == [{"file_id": at.file_uploader[0].value.file_id, "name": "data.csv",
                               "type": "text/csv", "size": 16}]
    assert props["accept"] == [".csv"] and props["multiple"] is False
    assert props["max_upload_size_mb"] == 200.0
    at.file_uploader[0].clear().run()
    assert at.markdown.values == ["none"]


def test_multiple_files_and_on_change():
    at = AppTest.from_string("""
        import streamlit as st
        st.session_state.setdefault("changes", 0)
        def changed():
            st.session_state.changes += 1
        files = st.file_uploader("Files", accept_multiple_files=True, on_change=changed)
        st.write(repr([(f.name, f.getvalue()) for f in files]), st.session_state.changes)
    """).run()
    assert at.markdown[0].value == "[] `0`"
    at.file_uploader[0].upload("a.txt", b"A").upload("b.bin", b"BB").run()
    assert at.markdown[0].value == "[('a.txt', b'A'), ('b.bin', b'BB')] `1`"
    at.run()
    assert at.markdown[0].value.endswith("`1`")  # no change, no callback
    at.file_uploader[0].upload("c.txt", b"C").run()
    assert at.markdown[0].value == "[('a.txt', b'A'), ('b.bin', b'BB'), ('c.txt', b'C')] `2`"


def test_single_uploader_replaces_the_file():
    at = AppTest.from_string("""
        import streamlit as st
        f = st.file_uploader("One")
        st.write("none" if f is None else f.getvalue().decode())
    """).run()
    at.file_uploader[0].upload("a.txt", "first").run()
    at.file_uploader[0].upload("b.txt", "second").run()
    assert at.markdown[0].value == "second"


@pytest.mark.parametrize("type_, expected", [
    ("CSV", [".csv"]), (["jpg", ".png"], [".jpg", ".png", ".jpeg"]), ("image/png", ["image/png"]), (None, None),
])
def test_type_normalisation(app, type_, expected):
    at = app(f"import streamlit as st\nst.file_uploader('u', type={type_!r})")
    assert at.file_uploader[0].proto["props"]["accept"] == expected


def test_wrong_type_is_refused_with_a_message():
    at = AppTest.from_string("""
        import streamlit as st
        f = st.file_uploader("CSV only", type=["csv"])
        st.write(repr(f))
    """).run()
    at.file_uploader[0].upload("notes.txt", "hi", "text/plain").run()
    assert at.markdown[0].value == "None"
    assert at.file_uploader[0].proto["props"]["errors"] == [
        {"name": "notes.txt", "message": "text/plain files are not allowed."}]


def test_max_upload_size_from_config(tmp_path: Path):
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "config.toml").write_text("[server]\nmaxUploadSize = 1\n")
    (tmp_path / "app.py").write_text(
        "import streamlit as st\nf = st.file_uploader('Up')\nst.write('none' if f is None else f.size)\n")
    at = AppTest.from_file(tmp_path / "app.py").run()
    assert at.file_uploader[0].proto["props"]["max_upload_size_mb"] == 1.0
    at.file_uploader[0].upload("big.bin", b"x" * (1024 * 1024 + 1)).run()
    assert at.markdown[0].value == "none"
    assert at.file_uploader[0].proto["props"]["errors"] == [
        {"name": "big.bin", "message": "File must be 1.0MB or smaller."}]
    at.file_uploader[0].upload("ok.bin", b"x" * 1024).run()
    assert at.markdown[0].value == "`1024`"
    assert at.file_uploader[0].proto["props"]["errors"] == []


def test_uploader_key_is_read_only(app):
    at = app("""
        import streamlit as st
        st.session_state.up = "x"
        st.file_uploader("U", key="up")
    """)
    assert at.exception[0].type_name == "StreamlitValueAssignmentNotAllowedError"


def test_uploader_in_a_form_sends_on_submit():
    at = AppTest.from_string("""
        import streamlit as st
        with st.form("f"):
            f = st.file_uploader("U")
            st.form_submit_button()
        st.write("none" if f is None else f.name)
    """).run()
    at.file_uploader[0].upload("a.txt", "x").run()
    assert at.markdown[0].value == "none"
    at.form_submit_button[0].click().run()
    assert at.markdown[0].value == "a.txt"


# ---------------------------------------------------------------- download_button

def test_download_button_data_kinds(app):
    at = app("""
        import io
        import streamlit as st
        import pandas as pd
        st.download_button("Text", "héllo", "a.txt")
        st.download_button("Bytes", b"\\x00\\x01")
        st.download_button("DF", pd.DataFrame({"a": [1, 2]}), "df.csv")
        st.download_button("IO", io.BytesIO(b"buf"), "b.bin", mime="application/x-test")
        st.download_button("Lazy", lambda: "made later", "lazy.txt", on_click="ignore")
    """)
    got = [(b.label, b.data, b.file_name, b.mime, b.on_click) for b in at.download_button]
    assert got == [
        ("Text", "héllo".encode(), "a.txt", "text/plain", "rerun"),
        ("Bytes", b"\x00\x01", "download.bin", "application/octet-stream", "rerun"),
        ("DF", b",a\n0,1\n1,2\n", "df.csv", "text/csv", "rerun"),
        ("IO", b"buf", "b.bin", "application/x-test", "rerun"),
        ("Lazy", b"made later", "lazy.txt", "text/plain", "ignore"),
    ]


def test_download_button_click_reruns_true_once():
    at = AppTest.from_string("""
        import streamlit as st
        st.session_state.setdefault("n", 0)
        def cb():
            st.session_state.n += 1
        clicked = st.download_button("Get", "x", on_click=cb, key="dl")
        st.write(clicked, st.session_state.n)
    """).run()
    assert at.markdown[0].value == "`False` `0`"
    at.download_button[0].click().run()
    assert at.markdown[0].value == "`True` `1`"
    at.run()
    assert at.markdown[0].value == "`False` `1`"


@pytest.mark.parametrize("call, message", [
    ("st.download_button('d', 3)", "Invalid binary data format: <class 'int'>"),
    ("st.download_button('d', 'x', on_click='nope')", '`on_click` must be "rerun", "ignore" or a callable.'),
    ("st.download_button('d', 'x', type='big')", "Invalid `type` value. Supported values: 'primary', 'secondary', 'tertiary'."),
])
def test_download_button_errors(app, call, message):
    at = app(f"import streamlit as st\n{call}\n")
    assert at.exception[0].value.startswith(message)
