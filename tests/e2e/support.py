"""Helpers shared by the browser tests and bench/: build a site, serve it statically, find Chromium."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
APPS = Path(__file__).resolve().parent / "apps"
CHROMIUM = os.environ.get("WASMLIT_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
BOOT_TIMEOUT_MS = 60_000


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


class StaticServer:
    """``python -m http.server`` in a thread: the plainest static host there is."""

    def __init__(self, directory: Path) -> None:
        handler = functools.partial(QuietHandler, directory=str(directory))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def build_site(app: Path, out: Path, *extra_args: str, prerender: bool = False) -> Path:
    """Browser tests drive the live app, so their sites are built without the prerendered first
    paint (an inert copy of the first run) unless they test it (``prerender=True``)."""
    if out.exists():
        shutil.rmtree(out)
    flags = [*extra_args] if prerender else [*extra_args, "--no-prerender"]
    result = subprocess.run([sys.executable, str(REPO / "build.py"), "build", str(app), "--out", str(out),
                             *flags], cwd=REPO, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, f"build failed:\n{result.stdout}\n{result.stderr}"
    return out
