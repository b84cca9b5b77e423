"""Run an endpoint with uvicorn (``build.py endpoint``): TCP_NODELAY on the listening
socket (accepted sockets get it from asyncio too), keep-alive, one process."""

from __future__ import annotations

import logging
import socket

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


def run(app, host: str = "127.0.0.1", port: int = 8502, sock: socket.socket | None = None,
        log_level: str = "warning") -> None:
    import uvicorn

    sock = sock or bind(host, port)
    config = uvicorn.Config(app, lifespan="off", log_level=log_level, access_log=False,
                            timeout_keep_alive=30)
    uvicorn.Server(config).run(sockets=[sock])
