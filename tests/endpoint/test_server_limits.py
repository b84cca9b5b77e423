"""``build.py endpoint``'s server against half-open and slow clients (issue 12: 800
half-open connections stayed open forever). Real sockets against the real uvicorn server
that ``wasmlit.endpoint.server`` runs: a connection without a complete request head is
closed after ``header_timeout``, a connection beyond ``max_connections`` is closed at once,
a body that stops half-way gets a 400 after ``body_timeout``, and a normal request still
succeeds throughout (below the cap) and afterwards."""

from __future__ import annotations

import json
import socket
import threading
import time

import pytest
import uvicorn
from sqlep_support import ORIGIN, body, make_endpoint

from wasmlit.endpoint.server import bind, server_config

Q = "select id from items order by id"
HEAD_TIMEOUT = 1.0
CAP = 60


@pytest.fixture
def server(databases):
    app = make_endpoint(databases["sqlite"], [Q], settings={
        "header_timeout": HEAD_TIMEOUT, "max_connections": CAP, "body_timeout": 1.0, "keep_alive_timeout": 1.0})
    sock = bind("127.0.0.1", 0)
    srv = uvicorn.Server(server_config(app, app.settings))
    t = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True)
    t.start()
    deadline = time.monotonic() + 10
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.02)
    yield sock.getsockname()[1], srv
    srv.should_exit = True
    t.join(5)
    app.close()


def request(port: int) -> tuple[int, bytes]:
    payload = json.dumps(body(Q)).encode()
    with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
        s.sendall(b"POST /v1/query HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nOrigin: " + ORIGIN.encode()
                  + b"\r\nConnection: close\r\nContent-Length: " + str(len(payload)).encode() + b"\r\n\r\n" + payload)
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    return int(data.split(b" ", 2)[1]), data


def closed_by_server(s: socket.socket, wait: float) -> bool:
    """True when the server closes ``s`` within ``wait`` s (any pending response bytes are read)."""
    deadline = time.monotonic() + wait
    try:
        while (left := deadline - time.monotonic()) > 0:
            s.settimeout(left)
            if s.recv(65536) == b"":
                return True  # EOF: the server closed it
        return False
    except (TimeoutError, socket.timeout):
        return False
    except ConnectionResetError:
        return True


def test_half_open_and_slow_heads_are_closed_and_service_continues(server):
    port, srv = server
    half_open = [socket.create_connection(("127.0.0.1", port)) for _ in range(CAP // 2)]
    slow = []
    for _ in range(CAP // 2 - 5):
        s = socket.create_connection(("127.0.0.1", port))
        s.sendall(b"POST /v1/query HTTP/1.1\r\nHost: x\r\n")  # the head never completes
        slow.append(s)
    time.sleep(0.2)
    status, _ = request(port)  # below the cap: served normally
    assert status == 200
    t0 = time.monotonic()
    for s in half_open + slow:
        assert closed_by_server(s, HEAD_TIMEOUT + 3), "a connection without a request head stayed open"
    assert time.monotonic() - t0 < HEAD_TIMEOUT + 3
    for s in half_open + slow:
        s.close()
    assert request(port)[0] == 200


def test_connections_beyond_the_cap_are_closed_at_once(server):
    port, srv = server
    held = [socket.create_connection(("127.0.0.1", port)) for _ in range(CAP)]
    time.sleep(0.3)
    extra = [socket.create_connection(("127.0.0.1", port)) for _ in range(20)]
    t0 = time.monotonic()
    assert all(closed_by_server(s, 0.8) for s in extra)
    assert time.monotonic() - t0 < 0.8 * 20
    assert len(srv.server_state.connections) <= CAP
    for s in held + extra:
        s.close()
    time.sleep(0.3)
    assert request(port)[0] == 200


def test_body_that_stops_half_way_gets_400_after_body_timeout(server):
    port, _ = server
    with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
        s.sendall(b"POST /v1/query HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nOrigin: "
                  + ORIGIN.encode() + b"\r\nContent-Length: 500\r\n\r\n{\"v\": 1,")
        t0 = time.monotonic()
        data = s.recv(65536)
        took = time.monotonic() - t0
        # The head and the body may arrive in separate segments: read until the body is complete.
        head, _, body = data.partition(b"\r\n\r\n")
        length = int(next((line.split(b":", 1)[1] for line in head.lower().split(b"\r\n")
                           if line.startswith(b"content-length:")), b"0"))
        while len(body) < length and (chunk := s.recv(65536)):
            body += chunk
        data = head + b"\r\n\r\n" + body
    assert data.startswith(b"HTTP/1.1 400"), data[:200]
    assert b'"bad_request"' in data and b"Traceback" not in data
    assert 0.8 < took < 4


def test_idle_keep_alive_connection_is_closed(server):
    port, _ = server
    payload = json.dumps(body(Q)).encode()
    s = socket.create_connection(("127.0.0.1", port), timeout=5)
    s.sendall(b"POST /v1/query HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
              + str(len(payload)).encode() + b"\r\n\r\n" + payload)
    assert s.recv(12) == b"HTTP/1.1 200"
    t0 = time.monotonic()
    assert closed_by_server(s, 4)
    assert time.monotonic() - t0 < 2.5
    s.close()
