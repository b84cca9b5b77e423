"""Fixtures for the build tooling tests (CPython 3.12, no browser)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wasmlit.build.lock import Lock
from wasmlit.build.pyodide_assets import PyodideAssets

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def assets() -> PyodideAssets:
    """The real asset store on the user's cache (warm after the first run)."""
    return PyodideAssets()


@pytest.fixture(scope="session")
def lock(assets) -> Lock:
    return Lock(assets.lock())


@pytest.fixture
def stub_web(tmp_path) -> Path:
    """A stand-in for web/dist so these tests don't depend on the web build."""
    d = tmp_path / "webdist"
    d.mkdir()
    (d / "index.html").write_text("<!doctype html><html><head><title>wasmlit</title></head><body></body></html>")
    (d / "wasmlit-page.js").write_text("// page\n")
    (d / "wasmlit-worker.js").write_text("// worker\n")
    return d


@pytest.fixture
def counter() -> Path:
    return REPO / "examples" / "counter"
