"""Multipage apps in Chromium: nav links, st.switch_page, back/forward, deep links (also file://)."""

from __future__ import annotations

from pathlib import Path

from support import APPS, BOOT_TIMEOUT_MS
from test_single_file import build_single

APP = APPS / "multipage"
IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'


def title(tab) -> str:  # type: ignore[no-untyped-def]
    tab.wait_idle()
    return tab.page.locator("h1").first.inner_text()


def wait_title(page, text: str) -> None:  # type: ignore[no-untyped-def]
    page.wait_for_selector(f'{IDLE} h1:has-text("{text}")', timeout=BOOT_TIMEOUT_MS)


def test_sidebar_link_switch_page_and_back_keep_one_session(serve_app, new_tab) -> None:
    url = serve_app(APP)
    tab = new_tab().open(url)
    page = tab.page
    wait_title(page, "Home page")
    links = page.locator('[data-testid="stSidebarNavLink"]')
    assert page.locator('[data-testid="stSidebarNavLink"] .wl-nav-label').all_inner_texts() == ["Home", "Second page"]
    assert page.locator('[data-testid="stSidebarNavLink"] [data-testid="stIconEmoji"]').inner_text() == "🏠"
    links.nth(1).click()
    wait_title(page, "Second page")
    assert page.url.endswith("/#/second")
    assert page.locator('[data-testid="stSidebarNavLink"][aria-current="page"]').inner_text().strip() == "Second page"
    page.go_back()
    wait_title(page, "Home page")
    assert page.url == url
    page.get_by_role("button", name="Switch by code").click()
    wait_title(page, "Second page")
    assert page.url.endswith("#/second")
    # One session across pages: the entrypoint's counter kept counting: load, link, back,
    # the click's run that called st.switch_page, and the rerun on the new page.
    assert "runs so far: 5" in page.locator('[data-testid="stMain"]').inner_text()
    page.go_back()
    wait_title(page, "Home page")
    page.go_forward()
    wait_title(page, "Second page")
    assert tab.external_requests == [] and tab.console_errors == []


def test_query_params_live_in_the_address_and_a_deep_link_opens_its_page(serve_app, new_tab) -> None:
    url = serve_app(APP)
    tab = new_tab().open(url + "?x=1")
    page = tab.page
    wait_title(page, "Home page")
    assert "home query: {'x': '1'}" in page.locator('[data-testid="stMain"]').inner_text()
    page.get_by_role("button", name="Set tab").click()
    page.wait_for_function("location.search === '?x=1&tab=b'")
    # A page switch starts without query params (Streamlit); the page link opens the page.
    page.locator('[data-testid="stPageLink-NavLink"]').click()
    wait_title(page, "Second page")
    assert page.url == url + "#/second"
    # A copied address, with query params, opened in a brand-new context (= a new session).
    deep = url + "?q=hello#/second"
    other = new_tab().open(deep)
    wait_title(other.page, "Second page")
    text = other.page.locator('[data-testid="stMain"]').inner_text()
    assert "second query: {'q': 'hello'}" in text
    assert "runs so far: 1" in text
    assert f"context: True light {url}#/second" in text
    other.page.reload()
    wait_title(other.page, "Second page")
    assert other.page.url == deep


def test_the_same_deep_link_works_from_a_single_file_build(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    html = build_single(APP, tmp_path / "single")
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(html.as_uri() + "?q=disk#/second")
        wait_title(page, "Second page")
        assert "second query: {'q': 'disk'}" in page.locator('[data-testid="stMain"]').inner_text()
        page.locator('[data-testid="stSidebarNavLink"]').first.click()
        wait_title(page, "Home page")
        assert page.url == html.as_uri()
        page.go_back()
        wait_title(page, "Second page")
    finally:
        context.close()
