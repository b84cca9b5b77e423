"""The SQL endpoint behind ``st.connection(...).query()`` (CPython only; never shipped to
the browser). A plain ASGI 3 app: see ``app.py``; deployment: ``README.md`` here.

    from wasmlit.endpoint import app_from_dir
    app = app_from_dir("path/to/DIR-endpoint")          # secrets from the environment
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .config import ConfigError, EndpointConfig, Manifest, build_config, load_dir, load_secrets

__all__ = ["ConfigError", "EndpointConfig", "Manifest", "app_from_dir", "create_app", "build_config",
           "load_secrets"]


def create_app(config: EndpointConfig, *, dev: bool = False):
    from .app import SQLEndpoint

    return SQLEndpoint(config, dev=dev)


def app_from_dir(directory: str | Path, secrets_path: str | Path | None = None,
                 overrides: dict[str, Any] | None = None):
    """The ASGI app of a built endpoint folder. Configuration errors raise at once (start-up)."""
    directory = Path(directory).resolve()
    manifest, settings = load_dir(directory)
    secrets = load_secrets(secrets_path)
    config = build_config(secrets, manifest, base_dir=directory, file_settings=settings, overrides=overrides)
    return create_app(config)
