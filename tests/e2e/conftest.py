"""Browser tests: real built sites, served by a plain static server, in real Chromium.

Each test gets a fresh browser context (a new tab with an empty cache and its own
session). Every request that does not go to our loopback server is aborted and
recorded, so a test also proves the site needs no network.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from support import BOOT_TIMEOUT_MS, CHROMIUM, CHROMIUM_ARGS, StaticServer, build_site

@pytest.fixture(scope="session")
def serve_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator:
    """``serve_app(app_path) -> url``: build the app once per session and serve it statically."""
    servers: dict[tuple[Path, bool], StaticServer] = {}

    def serve(app: Path, *, prerender: bool = False) -> str:
        key = (Path(app).resolve(), prerender)
        if key not in servers:
            out = tmp_path_factory.mktemp("site") / "dist"
            servers[key] = StaticServer(build_site(key[0], out, prerender=prerender))
        return servers[key].url

    yield serve
    for server in servers.values():
        server.close()


@pytest.fixture(scope="session")
def browser() -> Iterator:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make test` (it installs Debian's chromium) "
                    "or set WASMLIT_CHROMIUM to a Chromium binary.")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Tab:
    """A page in its own context (= its own wasmlit session), with network isolation."""

    def __init__(self, context) -> None:  # type: ignore[no-untyped-def]
        self.context = context
        self.external_requests: list[str] = []
        self.requests: list[str] = []
        self.console_errors: list[str] = []
        context.route("**/*", self._route)
        self.page = context.new_page()
        self.page.on("console", lambda m: m.type == "error" and self.console_errors.append(m.text))
        self.page.on("pageerror", lambda e: self.console_errors.append(str(e)))

    def _route(self, route) -> None:  # type: ignore[no-untyped-def]
        url = route.request.url
        self.requests.append(url)
        if url.startswith(("http://127.0.0.1", "data:", "blob:")):
            route.continue_()
        else:
            self.external_requests.append(url)
            route.abort()

    def open(self, url: str) -> "Tab":
        self.page.goto(url)
        self.wait_idle()
        return self

    def wait_idle(self) -> None:
        """Wait until the app booted and no script run is going."""
        # :not(.wl-empty): a cached function's spinner leaves an empty placeholder first.
        self.page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]'
                                    ' [data-testid="stElementContainer"]:not(.wl-empty)', timeout=BOOT_TIMEOUT_MS)
        self.page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]',
                                    timeout=BOOT_TIMEOUT_MS)


@pytest.fixture
def new_tab(browser) -> Iterator:  # type: ignore[no-untyped-def]
    contexts = []

    def make() -> Tab:
        context = browser.new_context()
        contexts.append(context)
        return Tab(context)

    yield make
    for context in contexts:
        context.close()
