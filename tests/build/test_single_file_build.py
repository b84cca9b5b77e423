"""`build.py build --single-file`: one index.html with every file the site needs inside."""

from __future__ import annotations

import base64
import gzip
import json
import re
from pathlib import Path

import pytest

from wasmlit.build.cli import main
from wasmlit.build.errors import BuildError, UsageError
from wasmlit.build.single_file import MARKER, build_single_file

ELEMENT = re.compile(r'<script type="application/x-b64" data-path="([^"]+)"( data-gzip)?>([^<]*)</script>')


def embedded(html: str) -> dict[str, bytes]:
    out = {}
    for path, zipped, body in ELEMENT.findall(html):
        data = base64.b64decode(body)
        out[path] = gzip.decompress(data) if zipped else data
    return out


@pytest.fixture
def web(stub_web: Path) -> Path:
    (stub_web / "wasmlit.css").write_text('@font-face{src:url("./fonts/a.woff2") format("woff2")}body{color:red}')
    (stub_web / "fonts").mkdir()
    (stub_web / "fonts" / "a.woff2").write_bytes(b"wOF2-font")
    (stub_web / "wasmlit-vega.js").write_text("export const vega = 1;\n")
    return stub_web


def test_counter_is_one_file_with_every_site_file(counter, tmp_path, assets, web):
    out = tmp_path / "single"
    r = build_single_file(counter, out, assets=assets, web_dist=web)
    assert [p.name for p in out.iterdir()] == ["index.html"]
    html = r.path.read_text(encoding="utf-8")
    assert r.size == r.path.stat().st_size and 0 < r.gzip_size < r.size
    assert html.startswith(f"<!doctype html>\n{MARKER}")
    files = embedded(html)
    assert {"pyodide/pyodide.js", "pyodide/pyodide.asm.js", "pyodide/pyodide.asm.wasm", "pyodide/python_stdlib.zip",
            "pyodide/pyodide-lock.json", "wasmlit/runtime.zip", "wasmlit/app.zip", "wasmlit/manifest.json"} <= set(files)
    assert "wasmlit-vega.js" not in files and not r.charts  # the counter draws no chart
    manifest = json.loads(files["wasmlit/manifest.json"])
    assert manifest["title"] == "counter"
    assert files["pyodide/pyodide.asm.wasm"][:4] == b"\0asm"
    # CSS inline with the font as a data: URL; the page and worker scripts inline; nothing fetched by name.
    assert 'url("data:font/woff2;base64,' + base64.b64encode(b"wOF2-font").decode() + '")' in html
    assert '<script type="text/x-wasmlit-worker" id="wasmlit-worker">// worker\n</script>' in html
    assert "<script>// page\n</script>" in html
    assert 'src="' not in html and 'href="wasmlit.css"' not in html
    print(f"counter single file: {r.size:,} B (gzip {r.gzip_size:,} B)")


def test_chart_app_embeds_the_chart_bundle(tmp_path, assets, web):
    app = tmp_path / "charts"
    app.mkdir()
    (app / "app.py").write_text("import streamlit as st\nst.line_chart({'a': [1, 2, 3]})\n")
    r = build_single_file(app, tmp_path / "out", assets=assets, web_dist=web)
    assert r.charts
    assert embedded(r.path.read_text(encoding="utf-8"))["wasmlit-vega.js"] == b"export const vega = 1;\n"


def test_refuses_a_foreign_folder_but_replaces_its_own_output(counter, tmp_path, assets, web):
    out = tmp_path / "out"
    out.mkdir()
    (out / "precious.txt").write_text("keep me")
    with pytest.raises(UsageError):
        build_single_file(counter, out, assets=assets, web_dist=web)
    assert (out / "precious.txt").read_text() == "keep me"
    out2 = tmp_path / "out2"
    build_single_file(counter, out2, assets=assets, web_dist=web)
    build_single_file(counter, out2, assets=assets, web_dist=web)  # its own previous output: replaced
    assert [p.name for p in out2.iterdir()] == ["index.html"]


def test_a_script_end_tag_in_a_bundle_fails_the_build(counter, tmp_path, assets, web):
    (web / "wasmlit-page.js").write_text('document.write("</script>")\n')
    with pytest.raises(BuildError, match="wasmlit-page.js"):
        build_single_file(counter, tmp_path / "out", assets=assets, web_dist=web)


def test_cli_reports_the_size(counter, tmp_path, capsys, web, monkeypatch):
    monkeypatch.setenv("WASMLIT_WEB_DIST", str(web))
    out = tmp_path / "out"
    assert main(["build", str(counter), "--out", str(out), "--single-file"]) == 0
    err = capsys.readouterr().err
    assert [p.name for p in out.iterdir()] == ["index.html"]
    size = (out / "index.html").stat().st_size
    assert f"{size:,} B; gzip" in err
