"""A real HTTP server on 127.0.0.1 serving feeds for the tests: a path answers with a status, a body and,
when asked, a delay (for timeouts)."""

from __future__ import annotations

import datetime as dt
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape


@dataclass(frozen=True)
class Reply:
    body: bytes
    status: int = 200
    delay: float = 0.0
    content_type: str = "application/rss+xml; charset=utf-8"


class Server:
    def __init__(self, routes: dict[str, Reply]) -> None:
        self.routes = routes
        self.requests: list[str] = []
        routes_ref, seen = self.routes, self.requests

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                seen.append(self.path)
                reply = routes_ref.get(self.path, Reply(b"not found", status=404, content_type="text/plain"))
                if reply.delay:
                    time.sleep(reply.delay)
                try:
                    self.send_response(reply.status)
                    self.send_header("Content-Type", reply.content_type)
                    self.send_header("Content-Length", str(len(reply.body)))
                    self.end_headers()
                    self.wfile.write(reply.body)
                except OSError:
                    pass  # the client gave up (a timeout test)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"


@contextmanager
def serve(routes: dict[str, Reply]) -> Iterator[Server]:
    server = Server(routes)
    thread = threading.Thread(target=server.httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.httpd.shutdown()
        server.httpd.server_close()
        thread.join(timeout=5)


def closed_port_url(path: str = "/feed.xml") -> str:
    """A 127.0.0.1 address nothing listens on: the connection is refused at once."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}{path}"


def rss(*posts: tuple[str, dt.datetime | None], title: str = "江北发布") -> bytes:
    """An RSS 2.0 feed of a WeChat account as an aggregator publishes it; a post time of None has no pubDate."""
    items = []
    for i, (headline, when) in enumerate(posts):
        date = f"<pubDate>{when.strftime('%a, %d %b %Y %H:%M:%S %z')}</pubDate>" if when else ""
        items.append(f"<item><title>{escape(headline)}</title><link>https://mp.weixin.qq.com/s/jb{i:04d}</link>"
                     f"<guid>jb{i:04d}</guid>{date}</item>")
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>{title}</title>'
            "<link>https://mp.weixin.qq.com/</link><description>重庆市江北区人民政府新闻办公室</description>"
            + "".join(items) + "</channel></rss>").encode()


def atom(*posts: tuple[str, dt.datetime]) -> bytes:
    entries = "".join(
        f"<entry><title>{escape(headline)}</title><id>urn:jb:{i}</id>"
        f"<updated>{when.isoformat()}</updated><published>{when.isoformat()}</published></entry>"
        for i, (headline, when) in enumerate(posts))
    return ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            "<title>江北发布</title><id>urn:jb</id><updated>2026-11-25T00:00:00+08:00</updated>"
            + entries + "</feed>").encode()


SHANGHAI = dt.timezone(dt.timedelta(hours=8))


def at(day: dt.date, hour: int = 9, minute: int = 30, tz: dt.tzinfo = SHANGHAI) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=tz)
