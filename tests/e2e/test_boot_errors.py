"""A broken site gets a clear message in the page, never a blank page or a hang."""

from __future__ import annotations

import shutil

from support import REPO, StaticServer, build_site


def test_missing_runtime_archive_is_named_in_the_page(tmp_path, new_tab) -> None:  # type: ignore[no-untyped-def]
    site = build_site(REPO / "examples" / "counter", tmp_path / "site")
    (site / "wasmlit" / "runtime.zip").unlink()
    server = StaticServer(site)
    try:
        tab = new_tab()
        tab.page.goto(server.url)
        panel = tab.page.get_by_test_id("wlBootError")
        panel.wait_for(timeout=60_000)
        assert "runtime.zip" in panel.inner_text()
        assert "404" in panel.inner_text()
    finally:
        server.close()


def test_tampered_pyodide_core_fails_loudly(tmp_path, new_tab) -> None:  # type: ignore[no-untyped-def]
    site = build_site(REPO / "examples" / "counter", tmp_path / "site")
    shutil.copy(site / "index.html", site / "pyodide" / "pyodide.asm.wasm")  # not wasm at all
    server = StaticServer(site)
    try:
        tab = new_tab()
        tab.page.goto(server.url)
        panel = tab.page.get_by_test_id("wlBootError")
        panel.wait_for(timeout=60_000)
        assert panel.inner_text().strip()
    finally:
        server.close()
