"""`build.py serve`: saving app.py reruns the open page with the new code, without a reboot."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from support import REPO


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_http(url: str, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"dev server did not answer at {url}")


def test_saving_the_app_reruns_with_new_code_and_keeps_the_session(tmp_path: Path, new_tab) -> None:  # type: ignore[no-untyped-def]
    app = tmp_path / "counter"
    shutil.copytree(REPO / "examples" / "counter", app)
    port = free_port()
    server = subprocess.Popen([sys.executable, str(REPO / "build.py"), "serve", str(app), "--port", str(port)],
                              cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{port}/"
        wait_for_http(url)
        tab = new_tab().open(url)
        tab.page.get_by_role("button", name="Run it again").click()
        tab.page.get_by_text("This page has run 2 times.").wait_for()
        tab.wait_idle()

        source = (app / "app.py").read_text()
        (app / "app.py").write_text(source.replace("This page has run", "Edited: this page has run"))
        # Session state survives (3, not 1): the worker reran the new code without rebooting.
        tab.page.get_by_text("Edited: this page has run 3 times.").wait_for(timeout=30_000)
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
