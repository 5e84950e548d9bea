from __future__ import annotations

import time

import pytest

from gates.feeds import FetchError, fetch
from gates.feeds.fetch import MAX_BYTES
from tests.feeds.samples import BUSINESS, rss
from tests.feeds.server import feed_server


def test_fetches_bytes_and_headers() -> None:
    with feed_server() as server:
        url = server.serve("/rss.xml", rss([BUSINESS]), etag='"v1"')
        got = fetch(url, 5)
    assert got.status == 200 and got.etag == '"v1"' and "rss" in got.content_type
    assert BUSINESS.title.encode("utf-8") in got.body


def test_conditional_request_gets_304() -> None:
    with feed_server() as server:
        url = server.serve("/rss.xml", rss([BUSINESS]), etag='"v1"')
        assert fetch(url, 5, etag='"v1"').status == 304
        assert fetch(url, 5, etag='"v0"').status == 200


def test_server_error_is_a_fetch_error() -> None:
    with feed_server() as server:
        url = server.serve("/rss.xml", "Internal Server Error", status=500, content_type="text/plain")
        with pytest.raises(FetchError, match="HTTP 500"):
            fetch(url, 5)
        with pytest.raises(FetchError, match="HTTP 404"):
            fetch(server.url("/missing.xml"), 5)


def test_slow_endpoint_times_out_within_the_limit() -> None:
    with feed_server() as server:
        url = server.serve("/slow.xml", rss([BUSINESS]), delay=3)
        start = time.monotonic()
        with pytest.raises(FetchError, match="超时"):
            fetch(url, 0.5)
        assert time.monotonic() - start < 2


def test_trickling_endpoint_is_stopped_at_the_deadline() -> None:
    with feed_server() as server:
        url = server.serve("/trickle.xml", rss([BUSINESS]), trickle=0.05)  # ~2 KB at 20 bytes a second
        start = time.monotonic()
        with pytest.raises(FetchError, match="超时"):
            fetch(url, 0.6)
        assert time.monotonic() - start < 2


def test_refused_connection() -> None:
    with feed_server() as server:
        port = server.port
    with pytest.raises(FetchError, match="连接"):
        fetch(f"http://127.0.0.1:{port}/rss.xml", 2)


def test_oversized_feed_is_refused() -> None:
    with feed_server() as server:
        url = server.serve("/big.xml", b"<rss>" + b" " * (MAX_BYTES + 10) + b"</rss>")
        with pytest.raises(FetchError, match=r"过大|超过"):
            fetch(url, 10)
