"""An app whose requirements.txt names PyPI-only packages (humanize, Faker, plotly) imports them
and draws a Plotly chart in Chromium with every non-loopback request blocked; a box selection
made through plotly's own API comes back to Python; the same app as one --single-file page."""

from __future__ import annotations

import re

from support import APPS, BOOT_TIMEOUT_MS
from test_single_file import build_single, offline_tab  # noqa: F401  (fixture)

APP = APPS / "packages_plotly"
PLOT = '[data-testid="stPlotlyChart"] .main-svg'


def _select_box(page) -> None:  # type: ignore[no-untyped-def]
    # plotly's own event path: a box over x 1.5..3.5 emits plotly_selected like a mouse drag would
    page.evaluate("""() => {
        const gd = document.querySelector('[data-testid="stPlotlyChart"]');
        const pts = [1, 2].map((i) => ({curveNumber: 0, pointNumber: i, pointIndex: i, x: i + 1, y: i + 11,
                                        data: gd.data[0]}));
        gd.emit('plotly_selected', {points: pts, selections: [{type: 'rect', xref: 'x', yref: 'y',
                                    x0: 1.5, x1: 3.5, y0: 9, y1: 15}]});
    }""")


def _check_app(page) -> None:  # type: ignore[no-untyped-def]
    body = page.locator('[data-testid="stApp"]')
    assert "size: 3.0 MB" in body.inner_text()
    assert re.search(r"name: \w+", body.inner_text())
    page.wait_for_selector(PLOT, timeout=BOOT_TIMEOUT_MS)
    assert page.locator('[data-testid="stPlotlyChart"] .scatterlayer .point').count() == 5
    assert page.locator('[data-testid="stPlotlyChart"] .gtitle').text_content() == "Points"
    assert "selected: []" in body.inner_text()
    _select_box(page)
    page.get_by_text("selected: [1, 2]").wait_for(timeout=BOOT_TIMEOUT_MS)
    text = body.inner_text()
    assert "boxes: 1" in text and "state: [1, 2]" in text


def test_pypi_packages_and_plotly_selection_offline(serve_app, new_tab) -> None:
    tab = new_tab().open(serve_app(APP))
    _check_app(tab.page)
    assert tab.external_requests == []
    assert any(u.split("?")[0].endswith("wasmlit-plotly.js") for u in tab.requests)
    assert any("humanize-" in u and u.split("?")[0].endswith(".whl") for u in tab.requests)
    assert not tab.console_errors, tab.console_errors


def test_counter_app_never_fetches_plotly(serve_app, new_tab) -> None:
    from support import REPO

    tab = new_tab().open(serve_app(REPO / "examples" / "counter"))
    assert not [u for u in tab.requests if "plotly" in u]


def test_single_file_build_embeds_wheels_and_plotly(tmp_path, offline_tab) -> None:
    path = build_single(APP, tmp_path / "one")
    html = path.read_text()
    assert 'data-path="wasmlit-plotly.js"' in html and 'data-path="pyodide/humanize-' in html
    tab = offline_tab(path)
    _check_app(tab.page)
    tab.assert_offline(path)
