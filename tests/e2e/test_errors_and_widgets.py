"""User-visible behaviour around exceptions, widgets and markdown safety."""

from __future__ import annotations

from support import APPS


def test_exception_is_shown_and_the_app_keeps_working(serve_app, new_tab) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab().open(serve_app(APPS / "raising.py"))
    tab.page.get_by_role("button", name="Raise").click()
    error = tab.page.get_by_test_id("stException")
    error.wait_for()
    tab.wait_idle()
    assert "ValueError" in error.inner_text()
    assert "boom from the script" in error.inner_text()
    assert "wasmlit" not in error.inner_text()  # runtime frames are trimmed
    assert tab.page.get_by_test_id("stHeading").inner_text() == "Before the error"
    tab.page.get_by_role("button", name="Say hello").click()
    tab.page.get_by_text("Hello after the error").wait_for()
    tab.wait_idle()
    assert tab.page.get_by_test_id("stException").count() == 0


def test_typed_text_survives_a_rerun_from_a_button(serve_app, new_tab) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab().open(serve_app(APPS / "text_survives.py"))
    box = tab.page.get_by_label("Name")
    box.click()
    box.press_sequentially("Ada")
    tab.page.get_by_role("button", name="Rerun").click()
    tab.page.get_by_text("Button was clicked").wait_for()
    tab.wait_idle()
    assert box.input_value() == "Ada"
    tab.page.get_by_text("Committed name: Ada").wait_for()


def test_markdown_never_runs_script(serve_app, new_tab) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab().open(serve_app(APPS / "markdown_safety.py"))
    tab.page.wait_for_timeout(300)  # give a broken image's onerror time to fire
    assert tab.page.evaluate("window.__pwned") is None
    markdown = tab.page.get_by_test_id("stMarkdown")
    assert markdown.nth(0).locator("strong").inner_text() == "bold"
    assert "<script>" in markdown.nth(0).inner_text()  # escaped, shown as text
    assert tab.page.locator("#allowed").inner_text() == "allowed html"
