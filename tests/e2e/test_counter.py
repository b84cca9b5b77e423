"""The seed's counter app, built with build.py and served by a plain static server."""

from __future__ import annotations

from support import REPO

COUNTER = REPO / "examples" / "counter"


def heading(tab) -> str:  # type: ignore[no-untyped-def]
    return tab.page.get_by_test_id("stHeading").inner_text()


def test_counter_increments_on_click(serve_app, new_tab) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab().open(serve_app(COUNTER))
    assert heading(tab) == "This page has run 1 times."
    tab.page.get_by_role("button", name="Run it again").click()
    tab.page.get_by_text("This page has run 2 times.").wait_for()
    tab.wait_idle()
    assert heading(tab) == "This page has run 2 times."
    assert tab.external_requests == []
    assert not [u for u in tab.requests if "numpy" in u or "pandas" in u]


def test_second_tab_is_a_new_session(serve_app, new_tab) -> None:  # type: ignore[no-untyped-def]
    url = serve_app(COUNTER)
    first = new_tab().open(url)
    first.page.get_by_role("button", name="Run it again").click()
    first.page.get_by_text("This page has run 2 times.").wait_for()
    second = new_tab().open(url)
    assert heading(second) == "This page has run 1 times."
    assert heading(first) == "This page has run 2 times."
