"""st.dataframe / st.data_editor / st.table in Chromium: sort, 1M-row scroll, edit round trips."""

from __future__ import annotations

from support import REPO

APPS = REPO / "tests" / "e2e" / "apps"


def first_column_values(grid, column: str) -> list[str]:  # type: ignore[no-untyped-def]
    return grid.evaluate(
        """(el, column) => [...el.querySelectorAll('.wl-grid-row')]
              .sort((a, b) => Number(a.dataset.row) - Number(b.dataset.row))
              .map(r => r.querySelector(`.wl-cell[data-column="${column}"]`).innerText)""", column)


def test_dataframe_shows_and_sorts(serve_app, new_tab) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab().open(serve_app(APPS / "dataframe"))
    grid = tab.page.get_by_test_id("stDataFrame").first
    assert first_column_values(grid, "n") == ["3", "1", "2"]
    assert first_column_values(grid, "_index") == ["0", "1", "2"]
    assert first_column_values(grid, "s") == ["c", "a", "None"]
    assert first_column_values(grid, "f") == ["0.5", "None", "2.25"]
    assert grid.locator('.wl-cell[data-column="ok"] input[type=checkbox]').count() == 3
    header = grid.locator('[data-testid="stDataFrameColumnHeader"][data-column="n"]')
    header.click()
    assert first_column_values(grid, "n") == ["1", "2", "3"]
    assert first_column_values(grid, "s") == ["a", "None", "c"]
    header.click()
    assert first_column_values(grid, "n") == ["3", "2", "1"]
    header.click()
    assert first_column_values(grid, "n") == ["3", "1", "2"]
    # numbers are right-aligned
    assert "wl-align-right" in (grid.locator('.wl-cell[data-column="n"]').first.get_attribute("class") or "")
    # st.table is a plain table
    table = tab.page.get_by_test_id("stTable")
    assert table.locator("tbody tr").count() == 2
    assert table.locator("tbody tr").first.inner_text().split() == ["x", "1"]
    assert tab.console_errors == [] and tab.external_requests == []


def test_data_editor_edit_round_trip(serve_app, new_tab) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab().open(serve_app(APPS / "dataframe"))
    page = tab.page
    assert page.get_by_text("total=6").is_visible()
    editor = page.locator('[data-testid="stDataFrame"][data-editor="true"]').first
    cell = editor.locator('.wl-grid-row[data-row="1"] .wl-cell[data-column="qty"]')
    cell.dblclick()
    box = editor.locator(".wl-cell-editor")
    box.fill("10")
    box.press("Enter")
    page.get_by_text("total=14").wait_for()
    tab.wait_idle()
    assert cell.inner_text() == "10"  # the edit stays shown after the rerun
    # typing on a selected cell starts editing it
    name = editor.locator('.wl-grid-row[data-row="2"] .wl-cell[data-column="item"]')
    name.click()
    editor.locator('.wl-grid-row[data-row="2"] .wl-cell.wl-selected[data-column="item"]').wait_for()
    page.keyboard.type("kiwi")
    page.keyboard.press("Enter")
    page.get_by_text("items=apple,pear,kiwi").wait_for()
    # disabled columns do not open an editor
    editor.locator('.wl-grid-row[data-row="0"] .wl-cell[data-column="price"]').dblclick()
    assert editor.locator(".wl-cell-editor").count() == 0


def test_data_editor_add_and_delete_rows(serve_app, new_tab) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab().open(serve_app(APPS / "dataframe"))
    page = tab.page
    dyn = page.locator('[data-testid="stDataFrame"][data-editor="true"]').nth(1)
    page.get_by_text("dyn_rows=2 dyn_sum=3").wait_for()
    dyn.get_by_test_id("stDataFrameAddRow").click()
    page.get_by_text("dyn_rows=3 dyn_sum=3").wait_for()
    tab.wait_idle()
    dyn.locator('.wl-grid-row[data-row="2"] .wl-cell[data-column="v"]').dblclick()
    dyn.locator(".wl-cell-editor").fill("5")
    dyn.locator(".wl-cell-editor").press("Enter")
    page.get_by_text("dyn_rows=3 dyn_sum=8").wait_for()
    tab.wait_idle()
    dyn.locator('.wl-grid-row[data-row="0"] .wl-marker input').check()
    dyn.get_by_test_id("stDataFrameDeleteRows").click()
    page.get_by_text("dyn_rows=2 dyn_sum=7").wait_for()


def test_one_million_rows_scroll_to_the_end(serve_app, new_tab) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab().open(serve_app(APPS / "dataframe_big"))
    frame = tab.page.get_by_test_id("stDataFrame")
    assert frame.get_attribute("data-rows") == "1000000"
    grid = frame.locator(".wl-grid")
    assert grid.locator(".wl-grid-row").count() < 60
    grid.evaluate("el => { el.scrollTop = el.scrollHeight; }")
    last = grid.locator('.wl-grid-row[data-row="999999"]')
    last.wait_for()
    assert last.locator('.wl-cell[data-column="id"]').inner_text() == "1999998"
    assert last.locator('.wl-cell[data-column="_index"]').inner_text() == "999999"
    assert last.is_visible()
    assert grid.locator(".wl-grid-row").count() < 60
    # the middle too (the scaled scroll range maps onto every row)
    grid.evaluate("el => { el.scrollTop = (el.scrollHeight - el.clientHeight) / 2; }")
    tab.page.wait_for_timeout(100)
    rows = [int(r) for r in grid.locator(".wl-grid-row").evaluate_all("rs => rs.map(r => r.dataset.row)")]
    assert 450_000 < min(rows) < 550_000
    # sorting one million rows happens in the page
    grid.locator('[data-testid="stDataFrameColumnHeader"][data-column="id"]').click()  # ascending (no change)
    grid.locator('[data-testid="stDataFrameColumnHeader"][data-column="id"]').click()  # descending
    grid.evaluate("el => { el.scrollTop = 0; }")
    top = grid.locator('.wl-grid-row[data-row="0"] .wl-cell[data-column="id"]')
    top.wait_for()
    assert top.inner_text() == "1999998"
