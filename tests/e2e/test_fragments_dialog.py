"""@st.fragment, run_every, @st.dialog and a raising callback, in Chromium."""

from __future__ import annotations

import pytest
from support import APPS

pytestmark = pytest.mark.browser

# Counts every DOM change (text, attributes such as data-stale, children) under the page's
# header and caption: elements outside the fragment.
WATCH_OUTSIDE = """() => {
  window.__outsideMutations = 0;
  const targets = [...document.querySelectorAll('[data-testid="stMain"] [data-testid="stElementContainer"]')]
    .filter((el) => el.querySelector('[data-testid="stHeading"], [data-testid="stCaptionContainer"], .stCaption, small'))
    .slice(0, 2);
  window.__watched = targets.length;
  const obs = new MutationObserver((records) => { window.__outsideMutations += records.length; });
  for (const t of targets) obs.observe(t, { subtree: true, childList: true, attributes: true, characterData: true });
}"""


def _text(tab, test_id: str, index: int = 0) -> str:  # type: ignore[no-untyped-def]
    return tab.page.get_by_test_id(test_id).nth(index).inner_text()


def test_a_fragment_button_reruns_only_the_fragment(serve_app, new_tab) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab().open(serve_app(APPS / "fragments.py"))
    page = tab.page
    page.get_by_text("Fragment runs: 1").wait_for()
    assert _text(tab, "stHeading") == "Full runs: 1"
    drawn = page.get_by_text("Drawn at").inner_text()
    page.evaluate(WATCH_OUTSIDE)
    assert page.evaluate("window.__watched") == 2
    for n in (2, 3):
        page.get_by_role("button", name="Fragment button").click()
        page.get_by_text(f"Fragment runs: {n}").wait_for()
        tab.wait_idle()
    assert _text(tab, "stHeading") == "Full runs: 1"
    assert page.get_by_text("Drawn at").inner_text() == drawn
    assert page.evaluate("window.__outsideMutations") == 0  # not re-rendered, not even dimmed
    # A widget outside the fragment reruns everything (and the watcher does see that).
    page.get_by_role("button", name="Full rerun").click()
    page.get_by_text("Full runs: 2").wait_for()
    assert page.get_by_text("Drawn at").inner_text() != drawn
    assert page.evaluate("window.__outsideMutations") > 0
    assert tab.external_requests == [] and tab.console_errors == []


def test_run_every_ticks_without_rerunning_the_page(serve_app, new_tab) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab().open(serve_app(APPS / "fragments.py"))
    page = tab.page
    page.get_by_text("Ticks: 4").wait_for(timeout=15_000)
    assert _text(tab, "stHeading") == "Full runs: 1"
    assert page.get_by_text("Fragment runs: 1").count() == 1


def test_a_raising_callback_shows_the_exception_and_the_app_keeps_working(serve_app, new_tab) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab().open(serve_app(APPS / "fragments.py"))
    page = tab.page
    page.get_by_role("button", name="Break").click()
    error = page.get_by_test_id("stException")
    error.wait_for()
    assert "boom from a callback" in error.inner_text()
    assert "wasmlit" not in error.inner_text()
    # The rest of the page stays, live: the next interaction works.
    assert _text(tab, "stHeading") == "Full runs: 1"
    page.get_by_role("button", name="Say hi").click()
    page.get_by_text("Hi after the callback error").wait_for()
    tab.wait_idle()
    assert page.get_by_test_id("stException").count() == 0
    assert _text(tab, "stHeading") == "Full runs: 2"


def test_a_dialog_opens_reruns_alone_closes_on_rerun_and_on_escape(serve_app, new_tab) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab().open(serve_app(APPS / "dialog_app.py"))
    page = tab.page
    page.get_by_role("button", name="Vote A").click()
    dialog = page.get_by_role("dialog", name="Cast your vote")
    dialog.wait_for()
    assert dialog.get_attribute("data-testid") == "stDialog"
    assert page.get_by_test_id("stMain").bounding_box()["width"] > 600  # the overlay takes no page space
    assert "Why is A your favorite?" in dialog.inner_text()
    dialog.get_by_role("button", name="Count").click()
    dialog.get_by_text("Counted 1").wait_for()
    tab.wait_idle()
    assert _text(tab, "stHeading") == "Full runs: 2"  # the Vote A click ran the app; Count did not
    field = dialog.get_by_label("Reason")
    field.click()
    field.press_sequentially("fast")
    field.press("Enter")
    dialog.get_by_text("Reason: fast").wait_for()
    tab.wait_idle()
    assert page.evaluate("document.activeElement && document.activeElement.tagName") == "INPUT"  # focus kept
    assert _text(tab, "stHeading") == "Full runs: 2"
    dialog.get_by_role("button", name="Submit").click()  # st.rerun() closes it
    page.get_by_text("You voted for A").wait_for()
    tab.wait_idle()
    assert page.get_by_role("dialog").count() == 0
    assert _text(tab, "stHeading") == "Full runs: 3"  # Submit ran the dialog, its st.rerun() the app
    # Open again and dismiss with Escape (on_dismiss="ignore": no rerun).
    page.get_by_role("button", name="Vote A").click()
    dialog.wait_for()
    tab.wait_idle()
    page.keyboard.press("Escape")
    dialog.wait_for(state="detached")
    page.wait_for_timeout(300)
    assert _text(tab, "stHeading") == "Full runs: 4"
    # ...and with the X button.
    page.get_by_role("button", name="Vote A").click()
    dialog.wait_for()
    dialog.get_by_role("button", name="Close").click()
    dialog.wait_for(state="detached")
    # ...and with a click on the backdrop, outside the dialog.
    page.get_by_role("button", name="Vote A").click()
    dialog.wait_for()
    page.mouse.click(5, 5)
    dialog.wait_for(state="detached")
    assert tab.console_errors == []
