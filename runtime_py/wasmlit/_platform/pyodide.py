"""The worker's entry into Python (Pyodide only).

The worker calls ``start(config_json, post)`` once after unpacking the runtime and
the app, then ``session.handle_batch(batch_json)`` for each batch of page messages.
Every WorkerMessage goes back through ``post(json_text)``.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any

from wasmlit._engine.session import AppSession


class WorkerSession:
    def __init__(self, session: AppSession) -> None:
        self._session = session

    def handle_batch(self, batch_json: str) -> bool:
        """Run one batch of page messages; True asks the worker for a rerun right away."""
        return self._session.handle_batch(json.loads(batch_json))


def start(config_json: str, post: Any) -> WorkerSession:
    config = json.loads(config_json)
    app_dir = config["app_dir"]
    os.chdir(app_dir)
    if app_dir not in sys.path:
        sys.path.insert(0, app_dir)

    def post_message(message: dict[str, Any]) -> None:
        post(json.dumps(message, default=str))

    session = AppSession(os.path.join(app_dir, config["main"]), post_message, config.get("session_id", "tab"))
    return WorkerSession(session)
