"""Charts in Chromium: every chart kind is drawn, tooltips show, data updates in place on rerun,
the chart bundle is fetched only by apps that show a chart."""

from __future__ import annotations

from charts_support import CHART, charts, items, renders, wait_drawn
from support import APPS, REPO

CHARTS = APPS / "charts"
COUNTER = REPO / "examples" / "counter"


def test_every_kind_is_drawn_and_updates_in_place(serve_app, new_tab) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab().open(serve_app(CHARTS))
    page = tab.page
    wait_drawn(page, 5)
    assert charts(page).count() == 5
    for i in range(5):
        assert charts(page).nth(i).locator("canvas").count() == 1
    line = items(page, 0, "line")
    assert len(line) == 8  # two series of 4 points, melted from y=["a", "b"]
    assert {i["stroke"] for i in line} == {"#0068c9", "#83c9ff"}  # Streamlit's first two categorical colors
    assert len(items(page, 1, "rect")) == 4  # horizontal bars, one stacked segment per row
    assert len(items(page, 2, "area")) >= 1
    assert len(items(page, 3, "symbol")) == 5
    assert len(items(page, 4, "symbol")) == 4
    box = charts(page).nth(0).bounding_box()
    assert box and box["height"] >= 350 and box["width"] > 600  # stretches to the column

    # New data under the same spec: the view's data is swapped, no new view; other charts untouched.
    page.get_by_role("button", name="More data").click()
    page.get_by_text("runs with more data: 1").wait_for()
    tab.wait_idle()
    page.wait_for_function(f"() => document.querySelectorAll('{CHART}')[3].wlChart.view.data('wl_ds_0').length === 6")
    assert len(items(page, 3, "symbol")) == 6
    assert [renders(page, i) for i in range(5)] == [1, 1, 1, 1, 1]
    assert tab.external_requests == [] and tab.console_errors == []


def test_tooltip_shows_the_point(serve_app, new_tab) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab().open(serve_app(CHARTS))
    page = tab.page
    wait_drawn(page, 5)
    charts(page).nth(3).scroll_into_view_if_needed()
    point = items(page, 3, "symbol")[2]  # x=2, y=4
    canvas = charts(page).nth(3).locator("canvas").bounding_box()
    assert canvas
    page.mouse.move(canvas["x"] + point["x"] - 30, canvas["y"] + point["y"] - 30)
    page.mouse.move(canvas["x"] + point["x"], canvas["y"] + point["y"], steps=5)
    tooltip = page.locator("#vg-tooltip-element")
    tooltip.wait_for(state="visible", timeout=5_000)
    text = tooltip.inner_text()
    assert "x" in text and "2" in text and "4" in text


def test_chart_bundle_is_loaded_only_by_apps_with_charts(serve_app, new_tab) -> None:  # type: ignore[no-untyped-def]
    counter = new_tab().open(serve_app(COUNTER))
    counter.page.get_by_role("button", name="Run it again").click()
    counter.page.get_by_text("This page has run 2 times.").wait_for()
    assert not [u for u in counter.requests if "vega" in u]
    with_charts = new_tab().open(serve_app(CHARTS))
    wait_drawn(with_charts.page, 5)
    assert sum(u.endswith("/wasmlit-vega.js") for u in with_charts.requests) == 1
