"""A cache-miss spinner shows while the function computes and leaves nothing behind (as Streamlit's)."""

from __future__ import annotations

from support import APPS, BOOT_TIMEOUT_MS

APP = APPS / "parity_spinner"


def _texts(tab) -> list[str]:  # type: ignore[no-untyped-def]
    return tab.page.locator('[data-testid="stElementContainer"]').evaluate_all(
        "els => els.map(e => e.classList.contains('wl-empty') ? '<empty>' : e.innerText.trim())")


def test_cache_spinner_shows_while_computing_then_leaves_no_slot(serve_app, new_tab) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab()
    tab.page.goto(serve_app(APP))
    spinner = tab.page.locator('[data-testid="stSpinner"]')
    spinner.first.wait_for(state="visible", timeout=BOOT_TIMEOUT_MS)
    assert "Running slow(...)." in spinner.first.inner_text()  # the text is markdown
    tab.wait_idle()
    assert spinner.count() == 0
    assert _texts(tab) == ["before", "value 42", "under", "after", "rerun"]
    tab.page.get_by_role("button", name="rerun").click()  # a hit: no spinner, the same page
    tab.page.wait_for_timeout(300)
    tab.wait_idle()
    assert _texts(tab) == ["before", "value 42", "under", "after", "rerun"]
