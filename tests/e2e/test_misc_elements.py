"""st.html / badge / space / logo / snow, stateful expander / popover / tabs and a horizontal
container in a real built site (Chromium)."""

from __future__ import annotations

from support import APPS

APP = APPS / "misc_elements.py"


def wait_text(tab, body: str) -> None:  # type: ignore[no-untyped-def]
    tab.page.get_by_test_id("stText").get_by_text(body, exact=True).wait_for()
    tab.wait_idle()


def test_html_badge_space_logo_and_snow(serve_app, new_tab) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab().open(serve_app(APP))
    page = tab.page
    wait_text(tab, "runs: 1")
    hello = page.locator(".hi")
    assert hello.inner_text() == "Hello html"
    # The style-only st.html styles the page and takes no space; scripts and handlers never run.
    assert hello.evaluate("e => getComputedStyle(e).color") == "rgb(1, 2, 3)"
    hello.click()
    assert page.evaluate("window.pwned") is None
    assert page.get_by_test_id("stHtml").nth(1).bounding_box() is None
    badge = page.get_by_test_id("stMarkdownBadge")
    assert "Fresh" in badge.inner_text() and "wl-badge-green" in badge.get_attribute("class")
    assert page.get_by_test_id("stSpace").bounding_box()["height"] == 40
    logo = page.get_by_test_id("stHeaderLogo")
    assert logo.get_attribute("src").startswith("blob:")
    assert logo.evaluate("img => img.complete && img.naturalWidth") == 40
    page.get_by_role("button", name="Let it snow").click()
    page.get_by_test_id("stSnow").wait_for()
    tab.wait_idle()
    assert tab.external_requests == []
    assert tab.console_errors == []


def test_expander_popover_and_tabs_send_their_state(serve_app, new_tab) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab().open(serve_app(APP))
    page = tab.page
    wait_text(tab, "expander open: False")
    assert page.get_by_text("lazy body").count() == 0
    page.get_by_test_id("stExpander").locator("summary").click()
    wait_text(tab, "expander open: True")
    page.get_by_text("lazy body").wait_for()  # rendered only once the script saw it open
    page.get_by_test_id("stExpander").locator("summary").click()
    wait_text(tab, "expander open: False")
    page.get_by_test_id("stPopoverButton").click()
    wait_text(tab, "popover open: True")
    assert page.get_by_test_id("stPopoverBody").is_visible()
    page.keyboard.press("Escape")
    wait_text(tab, "popover open: False")
    page.get_by_role("tab", name="Beta").click()
    wait_text(tab, "tab: Beta")
    assert page.get_by_text("beta body").is_visible() and not page.get_by_text("alpha body").is_visible()
    wait_text(tab, "runs: 6")  # one run per change, nothing else
    assert tab.console_errors == []


def test_horizontal_container_lays_out_a_right_aligned_row(serve_app, new_tab) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab().open(serve_app(APP))
    page = tab.page
    wait_text(tab, "runs: 1")
    left = page.get_by_role("button", name="Left").bounding_box()
    right = page.get_by_role("button", name="Right").bounding_box()
    row = page.get_by_test_id("stVerticalBlockBorderWrapper").bounding_box()
    assert abs(left["y"] - right["y"]) < 2 and left["x"] < right["x"]  # one row
    assert row["x"] + row["width"] - (right["x"] + right["width"]) < 40  # pushed to the right
    page.get_by_role("button", name="Right").click()
    wait_text(tab, "runs: 2")


WIDGETS = APPS / "misc_widgets.py"


def test_grid_iframe_pagination_and_menu_button(serve_app, new_tab) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab().open(serve_app(WIDGETS))
    page = tab.page
    wait_text(tab, "runs: 1")
    a, b, c = (page.get_by_text(f"cell {n}", exact=True).bounding_box() for n in "ABC")
    assert abs(a["y"] - b["y"]) < 2 and a["x"] < b["x"]  # two columns
    assert c["y"] > a["y"] + a["height"] - 1 and abs(c["x"] - a["x"]) < 2  # the third cell wraps
    frame = page.frame_locator('[data-testid="stIFrame"]')
    frame.locator("#inside").wait_for()
    # Inline HTML runs in a sandbox without the page's origin: it cannot reach the app.
    assert frame.locator("body").get_attribute("data-blocked") == "yes"
    assert page.title() != "pwned"
    page.get_by_test_id("stPagination").get_by_role("button", name="3", exact=True).click()
    wait_text(tab, "page: 3")
    page.get_by_role("button", name="Next page").click()
    wait_text(tab, "page: 4")
    page.get_by_test_id("stMenuButton").get_by_role("button", name="Actions").click()
    page.get_by_role("menuitem", name="Paste").click()
    wait_text(tab, "picked: Paste")
    page.get_by_test_id("stPagination").get_by_role("button", name="1", exact=True).click()
    wait_text(tab, "picked: None")  # a menu pick lasts one run, like a button click
    assert page.get_by_test_id("stPagination").locator('[aria-current="page"]').inner_text() == "1"
    help_view = page.get_by_test_id("stHelp")
    assert help_view.get_by_test_id("stHelpName").inner_text() == "area"
    assert help_view.get_by_test_id("stHelpValue").inner_text() == "__main__.area(width: float, height: float) -> float"
    assert help_view.get_by_test_id("stHelpDoc").inner_text() == "The area of a rectangle."
    table = page.get_by_test_id("stTable")
    assert table.locator("thead").count() == 0 and table.locator("th").count() == 0  # no header, no index
    assert table.locator("td").all_inner_texts() == ["1", "2"]
    assert tab.external_requests == []
