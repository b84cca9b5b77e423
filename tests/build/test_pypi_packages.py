"""Packages the Pyodide lock lacks: resolved from the real PyPI at build time, pinned in
wasmlit.lock, reused offline; native-only packages and unprovided imports fail clearly."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from wasmlit.build.errors import BuildError
from wasmlit.build.imports_scan import import_sites
from wasmlit.build.requirements_txt import read_requirements
from wasmlit.build.site import Site

pytestmark = pytest.mark.network
DEAD_INDEX = "http://127.0.0.1:9/simple/"  # nothing listens on the discard port


def make_app(tmp_path: Path, source: str, requirements: str | None = None, name: str = "a") -> Path:
    app = tmp_path / name
    app.mkdir()
    (app / "app.py").write_text(source)
    if requirements is not None:
        (app / "requirements.txt").write_text(requirements)
    return app


def build(app: Path, out: Path, stub_web: Path, assets, **kw):
    site = Site(app, out, web_dist=stub_web, assets=assets, **kw)
    return site, site.build()


APP = """import streamlit as st
import humanize
from faker import Faker
import six  # from the Pyodide lock
try:
    import not_installed_anywhere  # optional: must not fail the build
except ImportError:
    not_installed_anywhere = None
st.write(humanize.naturalsize(10**6), Faker().name())
"""


def test_pypi_packages_are_resolved_vendored_and_pinned(tmp_path, stub_web, assets):
    app = make_app(tmp_path, APP, "# deps\nhumanize>=4.0  # small\nFaker>=20\nsix\n")
    site, result = build(app, tmp_path / "out", stub_web, assets)
    pinned = {p.name: p for p in site.pypi}
    assert set(pinned) == {"humanize", "faker"}
    assert {"humanize", "faker", "six"} <= set(result.manifest["packages"])
    site_lock = json.loads((result.out / "pyodide" / "pyodide-lock.json").read_text())["packages"]
    for name, pin in pinned.items():
        wheel = result.out / "pyodide" / pin.file
        assert pin.file.endswith("-none-any.whl") and wheel.is_file()
        assert hashlib.sha256(wheel.read_bytes()).hexdigest() == pin.sha256 == site_lock[name]["sha256"]
        assert site_lock[name]["file_name"] == pin.file and site_lock[name]["install_dir"] == "site"
    assert "humanize" in site_lock["humanize"]["imports"] and "faker" in site_lock["faker"]["imports"]
    # Faker's only dependencies are tzdata on Windows and pillow for its "image" extra: markers say neither
    assert site_lock["faker"]["depends"] == [] and "tzdata" not in result.manifest["packages"]
    lock = json.loads((app / "wasmlit.lock").read_text())
    assert lock["inputs"] == ["faker>=20", "humanize>=4.0"]
    entry = next(p for p in lock["packages"] if p["name"] == "humanize")
    assert {"name", "version", "file", "sha256", "source", "url"} <= set(entry) and entry["source"] == "pypi"
    assert "wasmlit.lock" not in site.app.files  # a build input, never shipped


def test_second_build_reuses_the_lock_offline_and_upgrade_asks_again(tmp_path, stub_web, assets, monkeypatch):
    app = make_app(tmp_path, "import streamlit as st\nimport humanize\n", "humanize\n")
    build(app, tmp_path / "out1", stub_web, assets)
    pinned_text = (app / "wasmlit.lock").read_text()
    monkeypatch.setenv("WASMLIT_PYPI_INDEX", DEAD_INDEX)  # the index is now unreachable
    site, result = build(app, tmp_path / "out2", stub_web, assets)
    assert [p.name for p in site.pypi] == ["humanize"] and "humanize" in result.manifest["packages"]
    assert (app / "wasmlit.lock").read_text() == pinned_text
    with pytest.raises(BuildError, match="cannot reach the package index to resolve 'humanize'"):
        build(app, tmp_path / "out3", stub_web, assets, upgrade=True)
    (app / "requirements.txt").write_text("humanize>=4\n")  # changed input: must resolve again
    with pytest.raises(BuildError, match="cannot reach the package index"):
        build(app, tmp_path / "out4", stub_web, assets)


def test_dependencies_the_lock_provides_come_from_the_lock(tmp_path, stub_web, assets):
    # plotly needs narwhals and packaging; Pyodide 0.27.7 ships both, so PyPI gives only plotly
    app = make_app(tmp_path, "import streamlit as st\nimport plotly.express as px\n", "plotly\n")
    site, result = build(app, tmp_path / "out", stub_web, assets)
    assert [p.name for p in site.pypi] == ["plotly"]
    assert {"narwhals", "packaging"} <= set(site.pypi[0].depends)
    assert {"plotly", "narwhals", "packaging"} <= set(result.manifest["packages"])
    wheels = sorted(p.name for p in (result.out / "pyodide").glob("*.whl"))
    assert [w for w in wheels if w.startswith("narwhals")] == [site.lock.packages["narwhals"]["file_name"]]


def test_native_only_package_fails_naming_it_and_its_importer(tmp_path, stub_web, assets):
    app = make_app(tmp_path, "import streamlit as st\n\nimport ujson\n", "ujson\n")
    with pytest.raises(BuildError) as e:
        build(app, tmp_path / "out", stub_web, assets)
    msg = str(e.value)
    assert "requirements.txt:1: ujson" in msg and "native code" in msg and "imported at app.py:3" in msg
    assert not (tmp_path / "out").exists()


def test_unprovided_import_fails_and_suggests_requirements(tmp_path, stub_web, assets):
    app = make_app(tmp_path, "import streamlit as st\nimport os, json\nimport helpers\n\nimport humanize\n")
    (app / "helpers.py").write_text("X = 1\n")
    with pytest.raises(BuildError, match=r"app.py:5: import 'humanize'.*requirements.txt"):
        build(app, tmp_path / "out", stub_web, assets)


def test_unknown_package_is_a_clear_error(tmp_path, stub_web, assets):
    app = make_app(tmp_path, "import streamlit as st\n", "nopenope-no-such-package-xyz\n")
    with pytest.raises(BuildError, match="'nopenope-no-such-package-xyz' is not in the Pyodide 0.27.7 lock and not on"):
        build(app, tmp_path / "out", stub_web, assets)


def test_requirements_files_with_includes_markers_and_options(tmp_path):
    (tmp_path / "base.txt").write_text("six\n")
    req = tmp_path / "requirements.txt"
    req.write_text("-r base.txt\n--index-url https://example.org/simple\nrich[jupyter]>=13 ; python_version >= '3.8'\n"
                   "pandas \\\n  <3\n")
    warnings: list[str] = []
    lines = read_requirements(req, tmp_path, warnings)
    assert [(str(r.requirement), r.where) for r in lines] == [
        ("six", "base.txt:1"), ('rich[jupyter]>=13; python_version >= "3.8"', "requirements.txt:3"),
        ("pandas<3", "requirements.txt:4")]
    assert len(warnings) == 1 and "--index-url ignored" in warnings[0]
    req.write_text("-e .\n")
    with pytest.raises(BuildError, match="requirements.txt:1: unsupported requirement option"):
        read_requirements(req, tmp_path, [])


def test_optional_imports_are_marked():
    src = ("import a\ntry:\n    import b\nexcept ImportError:\n    pass\ntry:\n    import c\nexcept KeyError:\n    pass\n"
           "if TYPE_CHECKING:\n    import d\ndef f():\n    from e.x import y\n")
    assert [(s.name, s.where, s.optional) for s in import_sites(src, "m.py")] == [
        ("a", "m.py:1", False), ("b", "m.py:3", True), ("c", "m.py:7", False), ("d", "m.py:11", True),
        ("e", "m.py:13", False)]
