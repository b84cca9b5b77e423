"""A broken site gets a clear message in the page, never a blank page or a hang."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from support import REPO, StaticServer, build_site


def boot_error_text(tmp_path: Path, new_tab: Callable, damage: Callable[[Path], None]) -> str:  # type: ignore[type-arg]
    """Build the counter, damage the site, open it: the text of the boot error panel."""
    site = build_site(REPO / "examples" / "counter", tmp_path / "site")
    damage(site)
    server = StaticServer(site)
    try:
        tab = new_tab()
        tab.page.goto(server.url)
        panel = tab.page.get_by_test_id("wlBootError")
        panel.wait_for(timeout=60_000)
        return panel.inner_text()
    finally:
        server.close()


def test_missing_runtime_archive_is_named_in_the_page(tmp_path, new_tab) -> None:  # type: ignore[no-untyped-def]
    text = boot_error_text(tmp_path, new_tab, lambda site: (site / "wasmlit" / "runtime.zip").unlink())
    assert "runtime.zip" in text and "404" in text


def test_damaged_pyodide_wasm_fails_at_once_with_a_clear_error(tmp_path, new_tab) -> None:  # type: ignore[no-untyped-def]
    # An HTML page where the wasm should be: what a misconfigured host serves for a missing file.
    text = boot_error_text(tmp_path, new_tab,
                           lambda site: shutil.copy(site / "index.html", site / "pyodide" / "pyodide.asm.wasm"))
    assert "pyodide.asm.wasm" in text and "damaged" in text
