"""CPython only: an in-process SQL endpoint for the headless harness (``AppTest``) and
tests. It is the real endpoint (allow list, read-only transaction, caps) fed with the
app's ``.streamlit/secrets.toml`` and the queries the build would find; requests go
through an in-memory ASGI call instead of HTTP."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .client import ClientConfig, Transport

LOCAL_URL = "http://wasmlit.local/endpoint"


def asgi_transport(app: Any, client_ip: str = "127.0.0.1", origin: str | None = None) -> Transport:
    """A transport that calls the ASGI ``app`` in this thread (a private event loop)."""

    def call(url: str, body: bytes, headers: dict[str, str], timeout: float) -> tuple[int, dict[str, str], bytes]:
        u = urlsplit(url)
        hdrs = [(k.lower().encode(), v.encode()) for k, v in headers.items()]
        hdrs.append((b"content-length", str(len(body)).encode()))
        if origin:
            hdrs.append((b"origin", origin.encode()))
        scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
                 "scheme": u.scheme or "http", "path": u.path, "raw_path": u.path.encode(), "query_string": b"",
                 "root_path": "", "headers": hdrs, "client": (client_ip, 50000), "server": ("127.0.0.1", 80)}
        sent = False
        out: dict[str, Any] = {"status": 0, "headers": {}, "body": []}

        async def receive() -> dict[str, Any]:
            nonlocal sent
            if sent:
                return {"type": "http.disconnect"}
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        async def send(msg: dict[str, Any]) -> None:
            if msg["type"] == "http.response.start":
                out["status"] = msg["status"]
                out["headers"] = {k.decode().lower(): v.decode() for k, v in msg.get("headers", [])}
            elif msg["type"] == "http.response.body":
                out["body"].append(msg.get("body", b""))

        loop = asyncio.new_event_loop()
        try:
            loop.run_until_complete(app(scope, receive, send))
        finally:
            loop.close()
        return out["status"], out["headers"], b"".join(out["body"])

    return call


def local_config(directory: str | os.PathLike[str]) -> ClientConfig | None:
    d = Path(directory)
    if not (d / ".streamlit" / "secrets.toml").is_file():
        return None
    from wasmlit.build.app import App, list_files
    from wasmlit.build.queries import browser_config, endpoint_manifest, local_secrets, scan_app
    from wasmlit.endpoint import build_config, create_app
    from wasmlit.endpoint.config import Manifest

    app = App(root=d.resolve(), main="app.py", title=d.name, files=list_files(d.resolve()))
    secrets = local_secrets(app)
    scan = scan_app(app, secrets)
    manifest = Manifest.from_json(endpoint_manifest(scan))
    config = build_config(secrets, manifest, base_dir=app.root,
                          overrides={"rate_limit_per_minute": 0})
    endpoint = create_app(config)
    pub = browser_config(scan, LOCAL_URL)
    return ClientConfig(LOCAL_URL, pub["connections"], transport=asgi_transport(endpoint), source="local")
