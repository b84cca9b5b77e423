"""The seed's scatter app (examples/scatter, verbatim): random data kept in st.session_state,
a color picker, a divider and st.scatter_chart — in Chromium, through the built static site."""

from __future__ import annotations

from charts_support import CHART, items, renders, wait_drawn
from support import REPO

SCATTER = REPO / "examples" / "scatter"


def points(tab) -> list[dict]:  # type: ignore[no-untyped-def]
    return items(tab.page, 0, "symbol")


def test_color_change_recolors_the_same_points_and_a_new_tab_gets_new_data(serve_app, new_tab) -> None:  # type: ignore[no-untyped-def]
    url = serve_app(SCATTER)
    tab = new_tab().open(url)
    page = tab.page
    assert page.get_by_test_id("stHeading").inner_text() == "Choose a datapoint color"
    wait_drawn(page, 1)
    before = points(tab)
    assert len(before) == 20
    assert {p["fill"].lower() for p in before} == {"#ff0000"}
    page.locator(CHART).evaluate("(el) => { el.wlMarker = 'same element'; }")

    page.locator('[data-testid="stColorPicker"] input[type="color"]').fill("#00ff00")
    page.wait_for_function(
        f"() => document.querySelector('{CHART}').wlChart.renders >= 2", timeout=30_000)
    tab.wait_idle()
    after = points(tab)
    assert {p["fill"].lower() for p in after} == {"#00ff00"}
    # Same data, same places: only the color changed.
    assert [(p["datum"]["x"], p["datum"]["y"]) for p in after] == [(p["datum"]["x"], p["datum"]["y"]) for p in before]
    assert [(round(p["x"], 3), round(p["y"], 3)) for p in after] == [(round(p["x"], 3), round(p["y"], 3)) for p in before]
    # Re-rendered in its slot: the same DOM element, drawn once more.
    assert page.locator(CHART).evaluate("(el) => el.wlMarker") == "same element"
    assert renders(page) == 2

    # A rerun that changes nothing does not redraw the chart.
    page.mouse.click(2, 2)  # focus out of the color input
    page.keyboard.press("r")
    page.wait_for_timeout(300)
    tab.wait_idle()
    assert renders(page) == 2

    other = new_tab().open(url)
    wait_drawn(other.page, 1)
    fresh = points(other)
    assert len(fresh) == 20
    assert {(p["datum"]["x"], p["datum"]["y"]) for p in fresh}.isdisjoint(
        {(p["datum"]["x"], p["datum"]["y"]) for p in before})
    assert {p["fill"].lower() for p in fresh} == {"#ff0000"}

    for t in (tab, other):
        assert t.external_requests == []
        assert t.console_errors == []
        assert sum(u.endswith("/wasmlit-vega.js") for u in t.requests) == 1
