"""Real HTTP servers on 127.0.0.1 for the re-scan tests, and a guard that fails a test whose code tries to reach
any other address (or to resolve any name but localhost): no test may touch the network, and the private-address
tests must show that the scanner refused *before* connecting.

Use the fixtures with `from tests.webkit import net_guard_fixture  # noqa: F401` (registers `net_guard`).
"""

from __future__ import annotations

import ipaddress
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

_LOCAL_NAMES = {"localhost", "127.0.0.1", "::1", "localhost.localdomain"}


@dataclass
class _Guard:
    active: bool = False
    attempts: list[str] = field(default_factory=list)  # what was tried that must never be


_GUARD = _Guard()


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if not _GUARD.active:
        return
    if event == "socket.getaddrinfo":
        host = args[0].decode() if isinstance(args[0], bytes) else str(args[0])
        if host not in _LOCAL_NAMES:
            _GUARD.attempts.append(f"resolve {host}")
            raise OSError(f"test network guard: resolving {host} is not allowed")
    elif event == "socket.connect":
        address = args[1]
        if isinstance(address, tuple):
            try:
                ip = ipaddress.ip_address(str(address[0]).split("%")[0])
            except ValueError:
                ip = None
            if ip is None or not ip.is_loopback:
                _GUARD.attempts.append(f"connect {address[0]}:{address[1]}")
                raise OSError(f"test network guard: connecting to {address[0]} is not allowed")


sys.addaudithook(_audit)


@contextmanager
def guarded() -> Iterator[_Guard]:
    """Within it, every socket connect and name lookup is checked; any outside loopback fails on leaving."""
    _GUARD.active = True
    _GUARD.attempts.clear()
    try:
        yield _GUARD
    finally:
        _GUARD.active = False
    assert _GUARD.attempts == [], f"the test tried to reach the network: {_GUARD.attempts}"


@pytest.fixture(name="net_guard")
def net_guard_fixture() -> Iterator[_Guard]:
    with guarded() as guard:
        yield guard


@dataclass
class Hit:
    method: str
    path: str
    at: float
    headers: dict[str, str]


Route = Callable[["Handler"], None]


class Handler(BaseHTTPRequestHandler):
    server: Server  # type: ignore[assignment]
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # the test output stays quiet
        pass

    def _serve(self) -> None:
        self.server.hits.append(Hit(self.command, self.path, time.monotonic(), dict(self.headers.items())))
        path = self.path.split("?", 1)[0]
        route = self.server.routes.get(path)
        if route is not None:
            route(self)
            return
        self.serve_file(path)

    do_GET = _serve
    do_HEAD = _serve

    def send(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def serve_file(self, path: str) -> None:
        from urllib.parse import unquote

        root = self.server.folder
        if root is None:
            self.send(404, b"not found")
            return
        rel = unquote(path).lstrip("/")
        target = (root / rel).resolve()
        if target.is_dir():
            if not path.endswith("/"):
                self.send(301, headers={"Location": path + "/"})
                return
            target = target / "index.html"
        if not target.is_relative_to(root) or not target.is_file():
            self.send(404, b"<h1>404</h1>", {"Content-Type": "text/html; charset=utf-8"})
            return
        kind = {".html": "text/html; charset=utf-8", ".xml": "application/xml", ".css": "text/css",
                ".js": "application/javascript", ".json": "application/json"}.get(target.suffix, "application/octet-stream")
        self.send(200, target.read_bytes(), {"Content-Type": kind})


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, folder: Path | None = None) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.folder = folder.resolve() if folder else None
        self.routes: dict[str, Route] = {}
        self.hits: list[Hit] = []
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/"

    def start(self) -> Server:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()

    def paths(self, method: str | None = None) -> list[str]:
        return [h.path for h in self.hits if method is None or h.method == method]
