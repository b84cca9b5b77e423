"""Runtime unit tests: the `streamlit` API as wasmlit provides it, driven headless by AppTest."""

from __future__ import annotations

import pytest

from wasmlit.testing import AppTest


def run_script(source: str, timeout: float = 3) -> AppTest:
    """Run ``source`` (dedented) once and return the harness."""
    return AppTest.from_string(source, default_timeout=timeout).run()


@pytest.fixture
def app():
    return run_script
