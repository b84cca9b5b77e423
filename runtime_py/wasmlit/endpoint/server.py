"""Run an endpoint with uvicorn (``build.py endpoint``): TCP_NODELAY on the listening
socket (accepted sockets get it from asyncio too), keep-alive, one process, and
connection hygiene against half-open clients (issue 12: 800 of them stayed open forever).

uvicorn alone has a keep-alive idle timeout but no timeout for a request head that never
completes, and its ``limit_concurrency`` only answers 503 once a request head arrived.
So the h11 protocol is extended here:

* ``header_timeout``: a connection that has not sent a complete request head this long
  after it was accepted (or after its previous response) is closed;
* ``max_connections``: a connection accepted beyond this many open ones is closed at once
  (and ``limit_concurrency`` answers 503 to requests beyond it);
* ``keep_alive_timeout``: uvicorn's idle timeout between requests;
* the request body has its own deadline in the app (``body_timeout``), so it holds behind
  any ASGI server.
"""

from __future__ import annotations

import asyncio
import logging
import socket
import sys

from uvicorn.protocols.http.h11_impl import H11Protocol

from .config import EndpointSettings

log = logging.getLogger("wasmlit.endpoint")


def bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind((host, port))
    sock.listen(512)
    sock.set_inheritable(True)
    return sock


def guarded_protocol(settings: EndpointSettings) -> type[H11Protocol]:
    """An H11Protocol class with the head timeout and the connection cap of ``settings``."""
    head_timeout = settings.header_timeout
    cap = settings.max_connections

    class GuardedH11(H11Protocol):
        _head_timer: asyncio.TimerHandle | None = None

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            if len(self.connections) > cap:
                log.warning("connection cap (%d) reached: closing a new connection", cap)
                transport.close()
                return
            self._arm()

        def _arm(self) -> None:
            if self._head_timer is not None:
                self._head_timer.cancel()
            self._head_timer = self.loop.call_later(head_timeout, self._head_expired)

        def _head_expired(self) -> None:
            self._head_timer = None
            waiting = self.cycle is None or self.cycle.response_complete
            if waiting and not self.transport.is_closing():
                self.transport.close()  # no complete request head in time (slowloris, half-open)

        def on_response_complete(self) -> None:
            super().on_response_complete()
            if not self.transport.is_closing():
                self._arm()

        def connection_lost(self, exc: Exception | None) -> None:
            if self._head_timer is not None:
                self._head_timer.cancel()
                self._head_timer = None
            super().connection_lost(exc)

    return GuardedH11


def server_config(app, settings: EndpointSettings, log_level: str = "warning"):
    import uvicorn

    return uvicorn.Config(app, lifespan="off", log_level=log_level, access_log=False,
                          http=guarded_protocol(settings), timeout_keep_alive=settings.keep_alive_timeout,
                          limit_concurrency=settings.max_connections, backlog=512,
                          h11_max_incomplete_event_size=16 * 1024)


def run(app, host: str = "127.0.0.1", port: int = 8502, sock: socket.socket | None = None,
        log_level: str = "warning") -> None:
    import uvicorn

    settings = getattr(app, "settings", None) or EndpointSettings()
    _warn_privileges(app)
    sock = sock or bind(host, port)
    uvicorn.Server(server_config(app, settings, log_level)).run(sockets=[sock])


def _warn_privileges(app) -> None:
    """Loud, before serving: a database user that can write or administer the server."""
    config = getattr(app, "config", None)
    if config is None:
        return
    from .privileges import privilege_warnings

    for line in privilege_warnings(config):
        sys.stderr.write(f"\n\033[1;31mWARNING:\033[0m {line}\n")
    sys.stderr.flush()
