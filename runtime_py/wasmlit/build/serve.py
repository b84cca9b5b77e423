"""Development server: the built site + reload on save (Starlette + uvicorn).

Contract with the page (``web/``):

* ``manifest.dev_events`` is ``"/__wasmlit/events"`` in serve mode (``null`` in a
  static build). It is a Server-Sent Events stream:

  - ``event: reload`` — ``data: {"app_archive": "wasmlit/app.zip?v=…",
    "manifest": "wasmlit/manifest.json", "packages_changed": false}``. The app's
    files changed and ``app.zip`` + ``manifest.json`` were rewritten: refetch
    ``app_archive`` and rerun without rebooting Pyodide. When
    ``packages_changed`` is true the package set changed too (a new import or
    requirement): reload the page to get a fresh worker.
  - ``event: build-error`` — ``data: {"message": "…"}``: the change could not be
    built (e.g. an unknown requirement); the old app keeps running.
  - comments (``: ping``) every 15 s keep proxies from closing the stream.

* ``Cache-Control``: ``no-cache`` for everything except the Pyodide files under
  ``pyodide/`` (long-lived, ``immutable``; the pruned lock stays ``no-cache``).

Every accepted socket has TCP_NODELAY (asyncio sets it; we set it on the
listening socket too): synchronous XHR from the worker must not pay the ~40 ms
Nagle/delayed-ACK penalty (pyodide-lab §7).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import shutil
import socket
import tempfile
import time
from pathlib import Path
from typing import Callable

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import StreamingResponse
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles

from .app import watch_key
from .errors import BuildError, UsageError
from .site import LOCK_FILE, MANIFEST, PYODIDE_DIR, Site

EVENTS_PATH = "/__wasmlit/events"
ENDPOINT_PATH = "/__wasmlit/endpoint"  # the app's SQL endpoint (st.connection), same origin
POLL_SECONDS = 0.3
PING_SECONDS = 15.0
LONG_CACHE = "public, max-age=31536000, immutable"

Log = Callable[[str], None]


def cache_control(path: str) -> str:
    path = path.lstrip("/")
    if path.startswith(f"{PYODIDE_DIR}/") and not path.endswith(LOCK_FILE):
        return LONG_CACHE
    return "no-cache"


class SiteFiles(StaticFiles):
    def file_response(self, full_path, stat_result, scope, status_code=200):
        resp = super().file_response(full_path, stat_result, scope, status_code)
        resp.headers["Cache-Control"] = cache_control(scope["path"])
        return resp


class EventHub:
    """Fan-out of SSE messages to every connected page."""

    def __init__(self) -> None:
        self.queues: set[asyncio.Queue[str | None]] = set()
        self.loop: asyncio.AbstractEventLoop | None = None

    def close(self) -> None:
        """End every stream (server shutdown); thread- and signal-safe."""
        def _close() -> None:
            for q in self.queues:
                q.put_nowait(None)
        if self.loop is not None and not self.loop.is_closed():
            self.loop.call_soon_threadsafe(_close)

    def publish(self, event: str, data: dict) -> int:
        msg = f"event: {event}\ndata: {json.dumps(data)}\n\n"
        for q in self.queues:
            q.put_nowait(msg)
        return len(self.queues)

    async def stream(self, request: Request):
        q: asyncio.Queue[str | None] = asyncio.Queue()
        self.queues.add(q)
        try:
            yield "retry: 1000\n: connected\n\n"
            while True:
                try:
                    msg = await asyncio.wait_for(q.get(), PING_SECONDS)
                    if msg is None:
                        break
                    yield msg
                except asyncio.TimeoutError:
                    if await request.is_disconnected():
                        break
                    yield ": ping\n\n"
        finally:
            self.queues.discard(q)


class DevServer:
    def __init__(self, site: Site, log: Log):
        self.site = site
        self.log = log
        self.hub = EventHub()
        self._key = watch_key(site.app)

    async def events(self, request: Request) -> StreamingResponse:
        return StreamingResponse(
            self.hub.stream(request),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
        )

    async def check_once(self) -> bool:
        """Rebuild and notify if the app's files changed. Returns True if something was sent."""
        key = await asyncio.to_thread(watch_key, self.site.app)
        if key == self._key:
            return False
        await asyncio.sleep(0.05)  # let an editor finish its write-rename dance
        key = await asyncio.to_thread(watch_key, self.site.app)
        self._key = key
        t0 = time.perf_counter()
        try:
            changed = await asyncio.to_thread(self.site.rebuild_app)
        except BuildError as e:
            self.log(f"[red]rebuild failed:[/] {e}")
            self.hub.publish("build-error", {"message": str(e)})
            return True
        except Exception as e:  # a half-written file, a vanished folder…
            self.log(f"[red]rebuild failed:[/] {type(e).__name__}: {e}")
            self.hub.publish("build-error", {"message": f"{type(e).__name__}: {e}"})
            return True
        self._key = await asyncio.to_thread(watch_key, self.site.app)
        m = self.site.manifest()
        n = self.hub.publish("reload", {"app_archive": m["app_archive"], "manifest": MANIFEST,
                                        "packages_changed": changed})
        ms = (time.perf_counter() - t0) * 1000
        self.log(f"app changed: rebuilt in {ms:.0f} ms, reload sent to {n} page(s)")
        for w in self.site.warnings:
            self.log(f"[yellow]warning:[/] {w}")
        return True

    async def watch(self) -> None:
        while True:
            await asyncio.sleep(POLL_SECONDS)
            try:
                await self.check_once()
            except Exception as e:  # never let the watcher die
                self.log(f"[red]watcher error:[/] {e}")

    def asgi(self, extra_routes: list[BaseRoute] = ()) -> Starlette:
        @contextlib.asynccontextmanager
        async def lifespan(_app):
            self.hub.loop = asyncio.get_running_loop()
            task = asyncio.create_task(self.watch())
            try:
                yield
            finally:
                task.cancel()

        routes = [
            Route(EVENTS_PATH, self.events),
            *extra_routes,
            Mount("/", SiteFiles(directory=self.site.out, html=True)),
        ]
        return Starlette(routes=routes, lifespan=lifespan)


def _uvicorn_server_class():
    import uvicorn

    class Server(uvicorn.Server):
        """Ends the endless SSE streams first, so Ctrl+C stops at once and without a traceback."""

        def __init__(self, config, hub: EventHub):
            super().__init__(config)
            self.hub = hub

        def handle_exit(self, sig, frame):
            self.hub.close()
            super().handle_exit(sig, frame)

    return Server


def _Uvicorn(config, hub):  # noqa: N802 - reads as a class at the call site
    return _uvicorn_server_class()(config, hub)


def bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        sock.bind((host, port))
    except OSError as e:
        sock.close()
        raise UsageError(f"cannot listen on {host}:{port}: {e.strerror}") from None
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


class DevEndpoint:
    """The app's SQL endpoint inside the dev server, rebuilt whenever the app's queries change,
    with the app's own ``.streamlit/secrets.toml``. Same code and defaults as a deployed endpoint,
    except: only the dev server's origins, and no rate limit (loopback)."""

    def __init__(self, site: Site, log: Log, origins: list[str]) -> None:
        self.site = site
        self.log = log
        self.origins = origins
        self.app = None
        self.error: str | None = None

    def update(self, scan) -> None:
        from wasmlit.build.queries import endpoint_manifest, local_secrets
        from wasmlit.endpoint import ConfigError, Manifest, build_config, create_app

        old, self.app = self.app, None
        if old is not None:
            old.close()
        if not scan.queries:
            return
        try:
            config = build_config(local_secrets(self.site.app), Manifest.from_json(endpoint_manifest(scan)),
                                  base_dir=self.site.app.root,
                                  overrides={"allowed_origins": self.origins, "rate_limit_per_minute": 0})
            self.app, self.error = create_app(config, dev=True), None
        except ConfigError as e:
            self.error = str(e)
            self.log(f"[yellow]SQL endpoint not available:[/] {e}")

    async def __call__(self, scope, receive, send) -> None:
        if self.app is not None:
            await self.app(scope, receive, send)
            return
        from wasmlit._connections.wire import error_body

        status, body = error_body("db_unavailable", "dev", f"SQL endpoint not configured: {self.error or 'no queries'}")
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})


def run_endpoint(app_path: str | Path, *, secrets: str | Path | None = None, host: str = "127.0.0.1",
                 port: int = 8502, allowed_origins: list[str] | None = None, log: Log = print) -> None:
    """``build.py endpoint APP``: APP's queries (found as the build finds them) behind uvicorn."""
    from wasmlit.build.app import SECRETS, load_app
    from wasmlit.build.queries import endpoint_manifest, scan_app
    from wasmlit.endpoint import Manifest, build_config, create_app, load_secrets
    from wasmlit.endpoint.server import run

    app = load_app(app_path)
    secrets_path = Path(secrets) if secrets else app.root / SECRETS
    data = load_secrets(secrets_path)
    scan = scan_app(app, data)
    overrides = {"allowed_origins": allowed_origins} if allowed_origins else None
    config = build_config(data, Manifest.from_json(endpoint_manifest(scan)), base_dir=app.root, overrides=overrides)
    sock = bind(host, port)
    n = len(scan.queries)
    log(f"SQL endpoint for [bold]{app.title}[/] ({n} quer{'y' if n == 1 else 'ies'}) at "
        f"http://{host}:{sock.getsockname()[1]}/v1/query; origins: {', '.join(config.settings.allowed_origins) or 'none (add --allowed-origin)'}")
    run(create_app(config), sock=sock)


def serve(app_path: str | Path, *, host: str = "127.0.0.1", port: int = 8501, out: Path | None = None,
          log: Log = print, on_built: Callable[[Site], None] | None = None) -> None:
    import uvicorn

    sock = bind(host, port)  # fail fast, before a long first build
    tmp = None
    if out is None:
        tmp = Path(tempfile.mkdtemp(prefix="wasmlit-serve-"))
        out = tmp / "site"
    try:
        site = Site(app_path, out, dev_events=EVENTS_PATH, log=log, endpoint_url=ENDPOINT_PATH)
        port_ = sock.getsockname()[1]
        endpoint = DevEndpoint(site, log, [f"http://{h}:{port_}" for h in {host, "127.0.0.1", "localhost"}])
        site.on_queries = endpoint.update
        site.build()
        if on_built:
            on_built(site)
        server = DevServer(site, log)
        shown = f"[{host}]" if ":" in host else host
        log(f"serving [bold]{site.app.title}[/] at [link]http://{shown}:{sock.getsockname()[1]}/[/]"
            f"  (watching {site.app.root}; Ctrl+C to stop)")
        config = uvicorn.Config(server.asgi([Mount(ENDPOINT_PATH, app=endpoint)]), log_level="warning",
                                timeout_graceful_shutdown=2,
                                lifespan="on")
        _Uvicorn(config, server.hub).run(sockets=[sock])
    finally:
        sock.close()
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)
