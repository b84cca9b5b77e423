"""Suite-wide ordering: fast tests first, browser tests last.

Fast failures show up in seconds, and Playwright's sync API (which keeps an asyncio
loop running in the main thread while the session's browser is open) cannot disturb
tests that call ``asyncio.run`` themselves.
"""

from __future__ import annotations

import pytest


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "e2e" in item.path.parts:
            item.add_marker(pytest.mark.browser)  # so `-m "not browser"` skips them
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)
