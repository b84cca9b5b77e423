"""Prerendered first paint: the app's first run, made on CPython at build time.

The build runs the app once with the headless session (``_platform.cpython.LocalSession``,
which posts the very messages the worker posts) in a subprocess: the app folder as cwd,
sockets refused, a short timeout. The messages of that first run are embedded in
``index.html`` as ``<script type="application/json" id="wasmlit-prerender">``; the page
paints them at once, inert, and the live run in the worker patches the same slots.

No prerender (and a build note saying why) when the first run cannot happen here: it
raises, stops before showing anything, times out, needs the network, or the app uses
``st.connection`` (its local client would read secrets.toml). A node whose props hold
bytes (``protocol.Binary``: images, Arrow data) is replaced by a same-sized skeleton,
so the embedded JSON never carries binary data; the live run swaps the real one in.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

SCRIPT_ID = "wasmlit-prerender"
TIMEOUT_S = 10.0
#: The worker messages the page replays; effects (toasts…), timers and URL changes are left
#: to the live run, which would otherwise show them twice.
KEEP = {"run_started", "delta", "run_finished", "page_config", "navigation"}
MAX_RERUNS = 5


@dataclass
class Prerender:
    messages: list[dict] | None
    note: str  # what the build output says
    placeholders: int = 0


def run_first(app_root: Path, main: str, *, timeout: float | None = None) -> Prerender:
    """The first run's messages, or ``messages=None`` and why not."""
    timeout = TIMEOUT_S if timeout is None else timeout
    runtime = Path(__file__).resolve().parents[2]  # runtime_py/
    env = {k: v for k, v in os.environ.items() if not k.startswith(("http_", "https_", "HTTP_", "HTTPS_"))}
    env["PYTHONPATH"] = os.pathsep.join([str(runtime), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    cmd = [sys.executable, "-m", "wasmlit.build.prerender", str(app_root / main)]
    try:
        proc = subprocess.run(cmd, cwd=app_root, env=env, capture_output=True, text=True, timeout=timeout,
                              stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return Prerender(None, f"no prerender: the app's first run took over {timeout:g} s at build time")
    try:
        out = json.loads(proc.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        tail = (proc.stderr.strip().splitlines() or ["?"])[-1][:200]
        return Prerender(None, f"no prerender: the app's first run failed at build time ({tail})")
    if out.get("skip"):
        return Prerender(None, f"no prerender: {out['skip']}")
    n = out.get("placeholders", 0)
    extra = f" ({n} element(s) with binary data shown as placeholders)" if n else ""
    return Prerender(out["messages"], f"prerendered the first run{extra}", n)


def script_tag(messages: list[dict]) -> str:
    """The embedded JSON; ``<``, ``>``, ``&`` and U+2028/9 escaped so no text can close the tag."""
    text = json.dumps(messages, separators=(",", ":"), ensure_ascii=False)
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return f'<script type="application/json" id="{SCRIPT_ID}">{text}</script>'


def embed(index_html: str, messages: list[dict]) -> str:
    """Insert the tag right before ``<div id="root">`` (read by the page bundle, which is deferred)."""
    tag = script_tag(messages)
    marker = '<div id="root">'
    if marker in index_html:
        return index_html.replace(marker, tag + "\n" + marker, 1)
    return index_html.replace("</body>", tag + "\n</body>", 1)


# ---------------------------------------------------------------- the subprocess side


def _no_network() -> None:
    """Any socket use fails, so an app that needs the network has no prerender."""
    import socket

    def refuse(*_a, **_k):
        raise OSError("no network while prerendering")

    socket.socket.connect = refuse  # type: ignore[method-assign]
    socket.socket.connect_ex = refuse  # type: ignore[method-assign]
    socket.create_connection = refuse  # type: ignore[assignment]
    socket.getaddrinfo = refuse  # type: ignore[assignment]


def _placeholder(node: dict) -> dict:
    height = node.get("props", {}).get("height")
    return {"kind": "element", "type": "skeleton", "id": None,
            "props": {"height": height if isinstance(height, int) and height > 0 else 350, "width": None}}


class _Collector:
    """The session's post(): keeps JSON-only messages; a delta carrying bytes becomes a skeleton."""

    def __init__(self) -> None:
        self.messages: list[dict] = []
        self.placeholders = 0

    def post(self, message: dict) -> None:
        from wasmlit import protocol

        text, buffers = protocol.encode(message)
        if message.get("type") not in KEEP:
            return
        msg = json.loads(text)
        if buffers:
            if msg["type"] != "delta" or msg.get("node", {}).get("kind") != "element":
                raise _Skip("the first run sends binary data outside an element")
            msg["node"] = _placeholder(msg["node"])
            self.placeholders += 1
        self.messages.append(msg)


class _Skip(Exception):
    pass


def _check(messages: list[dict]) -> None:
    finished = [m for m in messages if m["type"] == "run_finished"]
    if finished and finished[-1]["status"] == "error":
        raise _Skip("the app's first run raised an exception at build time")
    if not finished or finished[-1]["status"] not in ("ok", "stopped"):  # st.stop() after content is fine
        status = finished[-1]["status"] if finished else "none"
        raise _Skip(f"the app's first run did not finish cleanly at build time (status {status})")
    for m in messages:
        if m["type"] == "delta" and m["node"].get("type") == "exception":
            raise _Skip("the app's first run shows an exception at build time")
    if not any(m["type"] == "delta" for m in messages):
        raise _Skip("the app's first run shows nothing at build time")


def _main(script: str) -> dict:
    _no_network()
    sys.path.insert(0, str(Path(script).parent))
    from wasmlit._engine.session import AppSession

    col = _Collector()
    session = AppSession(script, col.post, "prerender")
    navigate = {"type": "navigate", "page": "", "page_key": None, "query_string": "", "from_url": True}
    again = session.handle_batch([navigate])
    for _ in range(MAX_RERUNS):
        if not again:
            break
        again = session.handle_batch([{"type": "rerun"}])
    _check(col.messages)
    return {"messages": col.messages, "placeholders": col.placeholders}


if __name__ == "__main__":
    try:
        result = _main(sys.argv[1])
    except _Skip as e:
        result = {"skip": str(e)}
    except BaseException as e:  # noqa: BLE001 — any failure means "no prerender", never a failed build
        result = {"skip": f"the app's first run failed at build time ({type(e).__name__})"}
    sys.stdout.write("\n" + json.dumps(result, separators=(",", ":")) + "\n")
    sys.stdout.flush()
    os._exit(0)  # threads an app may have started must not keep the build waiting
