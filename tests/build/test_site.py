"""The built site: layout, manifest, exclusions, determinism."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from wasmlit.build.cli import main
from wasmlit.build.errors import BuildError, UsageError
from wasmlit.build.pyodide_assets import CORE_FILES
from wasmlit.build.site import build_site

MANIFEST_KEYS = ["protocol", "wasmlit_version", "app_id", "title", "main", "pyodide_version", "index_url",
                 "lock_file", "packages", "runtime_archive", "app_archive", "dev_events"]


def build(app, out, assets, web):
    return build_site(app, out, assets=assets, web_dist=web)


def test_counter_layout(counter, tmp_path, assets, stub_web):
    out = tmp_path / "site"
    result = build(counter, out, assets, stub_web)
    m = json.loads((out / "wasmlit/manifest.json").read_text())
    assert list(m) == MANIFEST_KEYS
    assert m["protocol"] == 1 and m["main"] == "app.py" and m["title"] == "counter"
    assert m["pyodide_version"] == "0.27.7" and m["index_url"] == "pyodide/"
    assert m["packages"] == [] and m["dev_events"] is None
    assert len(m["app_id"]) == 16
    for key, path in [("lock_file", "pyodide/pyodide-lock.json"), ("runtime_archive", "wasmlit/runtime.zip"),
                      ("app_archive", "wasmlit/app.zip")]:
        url, v = m[key].split("?v=")
        assert url == path and (out / path).is_file() and len(v) == 8

    pyodide = sorted(p.name for p in (out / "pyodide").iterdir())
    assert pyodide == sorted(CORE_FILES)  # no package wheels for the counter
    lock = json.loads((out / "pyodide/pyodide-lock.json").read_text())
    assert lock["info"]["version"] == "0.27.7" and lock["packages"] == {}
    assert "<title>counter</title>" in (out / "index.html").read_text()
    assert (out / "wasmlit-worker.js").is_file()
    assert zipfile.ZipFile(out / "wasmlit/app.zip").namelist() == ["app.py"]
    names = zipfile.ZipFile(out / "wasmlit/runtime.zip").namelist()
    assert "wasmlit/__init__.py" in names
    assert not [n for n in names if n.split("/")[1] in ("build", "testing", "endpoint")]
    # Each module ships with its precompiled bytecode (unchecked-hash pyc for Python 3.12).
    pycs = {n for n in names if n.endswith(".pyc")}
    assert "wasmlit/_engine/__pycache__/session.cpython-312.pyc" in pycs
    assert len(pycs) == len([n for n in names if n.endswith(".py")])
    assert result.packages == []


def test_two_builds_are_byte_identical(counter, tmp_path, assets, stub_web):
    a, b = tmp_path / "a", tmp_path / "b"
    build(counter, a, assets, stub_web)
    (counter / "app.py").touch()  # mtimes must not matter
    build(counter, b, assets, stub_web)
    files = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    for rel in files:
        assert (a / rel).read_bytes() == (b / rel).read_bytes(), rel


@pytest.fixture
def rich_app(tmp_path) -> Path:
    app = tmp_path / "my_app"
    (app / "data").mkdir(parents=True)
    (app / ".streamlit").mkdir()
    (app / "__pycache__").mkdir()
    (app / ".git").mkdir()
    (app / ".cache").mkdir()
    (app / "app.py").write_text("import streamlit as st\nimport sqlite3\nimport helpers\n")
    (app / "helpers.py").write_text("X = 1\n")
    (app / "data" / "d.csv").write_text("a,b\n1,2\n")
    (app / ".streamlit" / "config.toml").write_text("[theme]\nbase = 'dark'\n")
    (app / ".streamlit" / "secrets.toml").write_text('password = "hunter2-very-secret"\n')
    (app / "__pycache__" / "helpers.cpython-312.pyc").write_bytes(b"\0")
    (app / ".git" / "HEAD").write_text("ref\n")
    (app / ".cache" / "junk").write_text("x\n")
    (app / ".env").write_text("TOKEN=abc\n")
    (app / "node_modules" / "x").mkdir(parents=True)
    (app / "node_modules" / "x" / "i.js").write_text("x\n")
    (app / "old_site" / "wasmlit").mkdir(parents=True)  # a previous --out inside the app folder
    (app / "old_site" / "wasmlit" / "manifest.json").write_text("{}")
    (app / "old_site" / "index.html").write_text("<html>")
    return app


def test_app_files_secrets_never_shipped(rich_app, tmp_path, assets, stub_web):
    out = tmp_path / "site"
    result = build(rich_app, out, assets, stub_web)
    names = zipfile.ZipFile(out / "wasmlit/app.zip").namelist()
    assert names == [".streamlit/config.toml", "app.py", "data/d.csv", "helpers.py"]
    assert result.packages == ["sqlite3"]
    assert (out / "pyodide" / assets.lock()["packages"]["sqlite3"]["file_name"]).is_file()
    for p in out.rglob("*"):
        if p.is_file() and p.suffix in (".zip", ".json", ".html"):
            assert b"hunter2-very-secret" not in p.read_bytes()


def test_secret_value_in_a_shipped_file_fails(rich_app, tmp_path, assets, stub_web):
    (rich_app / "data" / "leak.txt").write_text("password: hunter2-very-secret\n")
    with pytest.raises(BuildError, match="leak.txt.*secret"):
        build(rich_app, tmp_path / "site", assets, stub_web)
    assert not (tmp_path / "site").exists()


def test_single_file_app_keeps_its_name(tmp_path, assets, stub_web):
    f = tmp_path / "hello_world.py"
    f.write_text("import streamlit as st\nst.write('hi')\n")
    (tmp_path / "other.txt").write_text("not shipped")
    build(f, tmp_path / "site", assets, stub_web)
    m = json.loads((tmp_path / "site/wasmlit/manifest.json").read_text())
    assert m["main"] == "hello_world.py" and m["title"] == "hello_world"
    assert zipfile.ZipFile(tmp_path / "site/wasmlit/app.zip").namelist() == ["hello_world.py"]


def test_refuses_to_clobber_a_foreign_folder(counter, tmp_path, assets, stub_web):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "precious.txt").write_text("keep me")
    with pytest.raises(UsageError, match="not a wasmlit site"):
        build(counter, out, assets, stub_web)
    assert (out / "precious.txt").read_text() == "keep me"


@pytest.mark.parametrize("setup", ["missing", "no_app_py", "not_py"])
def test_cli_usage_errors_exit_2_without_traceback(setup, tmp_path, capsys):
    target = tmp_path / "thing"
    if setup == "no_app_py":
        target.mkdir()
    elif setup == "not_py":
        target = tmp_path / "thing.txt"
        target.write_text("x")
    assert main(["build", str(target), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert "error:" in err and "Traceback" not in err


def test_cli_unknown_requirement_exits_1(tmp_path, capsys, stub_web, monkeypatch):
    monkeypatch.setenv("WASMLIT_WEB_DIST", str(stub_web))
    app = tmp_path / "a"
    app.mkdir()
    (app / "app.py").write_text("import streamlit as st\n")
    (app / "requirements.txt").write_text("nopenope-package\n")
    assert main(["build", str(app), "--out", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "nopenope-package" in err and "Traceback" not in err
