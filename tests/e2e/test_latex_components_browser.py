"""st.latex and Markdown math drawn by the lazy KaTeX chunk (fonts from the site, offline), and a
components.v1.html frame whose script runs in its own sandboxed frame and cannot reach the page."""

from __future__ import annotations

from support import APPS, BOOT_TIMEOUT_MS
from test_single_file import build_single, offline_tab  # noqa: F401  (fixture)

APP = APPS / "latex_components"
FRAME = 'iframe[data-testid="stIFrame"]'


def _check_app(page) -> None:  # type: ignore[no-untyped-def]
    page.get_by_text("done").wait_for(timeout=BOOT_TIMEOUT_MS)
    page.wait_for_selector(".katex-display .katex", timeout=BOOT_TIMEOUT_MS)
    md = page.locator('[data-testid="stMarkdownContainer"]', has_text="Inline math")
    md.locator(".katex").first.wait_for(timeout=BOOT_TIMEOUT_MS)
    assert md.locator(".katex").count() == 1  # $x^2$ only; "$5" stays text
    assert "price of $5 stays text" in md.inner_text()
    assert page.locator(".katex-display .katex-html .mfrac").count() == 1
    # KaTeX's own fonts are in use (from the chunk, not the network)
    page.wait_for_function("document.fonts.check('16px KaTeX_Main') && "
                           "[...document.fonts].some(f => f.family.includes('KaTeX') && f.status === 'loaded')",
                           timeout=BOOT_TIMEOUT_MS)
    frame_el = page.locator(FRAME)
    assert frame_el.get_attribute("sandbox") and "allow-same-origin" not in frame_el.get_attribute("sandbox")
    assert frame_el.bounding_box()["height"] == 222
    inner = page.frame_locator(FRAME).locator("#inside")
    inner.get_by_text("script ran").wait_for(timeout=BOOT_TIMEOUT_MS)
    assert inner.get_attribute("data-parent").startswith("blocked: ")


def test_latex_markdown_math_and_components_html_offline(serve_app, new_tab) -> None:
    tab = new_tab().open(serve_app(APP))
    _check_app(tab.page)
    assert tab.external_requests == []
    assert any(u.split("?")[0].endswith("wasmlit-katex.js") for u in tab.requests)
    assert not tab.console_errors, tab.console_errors


def test_app_without_math_never_fetches_katex(serve_app, new_tab) -> None:
    from support import REPO

    tab = new_tab().open(serve_app(REPO / "examples" / "counter"))
    tab.page.wait_for_selector('[data-testid="stButton"]', timeout=BOOT_TIMEOUT_MS)
    assert not [u for u in tab.requests if "katex" in u]


def test_single_file_build_embeds_katex(tmp_path, offline_tab) -> None:  # noqa: F811
    path = build_single(APP, tmp_path / "one")
    assert 'data-path="wasmlit-katex.js"' in path.read_text()
    tab = offline_tab(path)
    _check_app(tab.page)
    tab.assert_offline(path)
