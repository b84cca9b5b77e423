"""The CPython twin of ``_platform.pyodide``: same session, messages kept in memory."""

from __future__ import annotations

import json
from typing import Any

from wasmlit._engine.session import AppSession


class LocalSession:
    """A session whose page is a list: every WorkerMessage is appended to ``messages``.

    Messages go through a JSON round trip, as they do in the browser, so a value
    the page could not receive fails here too.
    """

    def __init__(self, script_path: str, session_id: str = "local") -> None:
        self.messages: list[dict[str, Any]] = []
        self.session = AppSession(script_path, self._post, session_id)

    def _post(self, message: dict[str, Any]) -> None:
        self.messages.append(json.loads(json.dumps(message, default=str)))

    def handle_batch(self, batch: list[dict[str, Any]]) -> bool:
        return self.session.handle_batch(batch)
