"""LINK003: a link to another host that does not work, or points inside a network. The site is served on
127.0.0.1 (the scan's own target may be loopback); the other host is a second server on another port."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.rescankit import Published, page_html, published_fixture  # noqa: F401
from tests.webkit import Handler, Server, net_guard_fixture  # noqa: F401


@pytest.fixture(name="servers")
def servers_fixture(published: Published) -> Iterator[tuple[Server, Server]]:
    other = Server()
    other.routes["/zwgk/ok.html"] = lambda h: h.send(200, b"<html>ok</html>", {"Content-Type": "text/html"})
    other.routes["/zwgk/moved.html"] = lambda h: h.send(301, headers={"Location": "/zwgk/ok.html"})
    other.routes["/zwgk/gone.html"] = lambda h: h.send(404, b"gone")
    other.routes["/zwgk/error.html"] = lambda h: h.send(503, b"down")
    other.routes["/zwgk/to-metadata.html"] = lambda h: h.send(302, headers={"Location": "http://169.254.169.254/"})

    def head_refused(h: Handler) -> None:
        if h.command == "HEAD":
            h.send(405)
        else:
            h.send(206 if h.headers.get("Range") == "bytes=0-0" else 200, b"<", {"Content-Type": "text/html"})

    other.routes["/zwgk/get-only.html"] = head_refused
    main = Server(published.folder)
    other.start()
    main.start()
    try:
        yield main, other
    finally:
        main.stop()
        other.stop()


def _page(published: Published, other: Server, *paths: str) -> None:
    published.home("a/")
    links = "".join(f'<p><a href="{other.base}{p}">链接{i}</a></p>' if "://" not in p else f'<p><a href="{p}">链接{i}</a></p>'
                    for i, p in enumerate(paths))
    published.write("news/a/index.html", page_html("转发市政府关于优化营商环境的通知", links))


def _bad(published: Published, main: Server) -> dict[str, str]:
    found = published.findings("LINK003", main.base, external=True, timeout=2.0)
    assert all(f.severity == "warning" for f in found)
    return {f.message.split(" ")[1]: f.message for f in found}


def test_fires_on_errors_and_on_internal_addresses(published: Published, servers: tuple[Server, Server],
                                                  net_guard: object) -> None:
    main, other = servers
    _page(published, other, "zwgk/gone.html", "zwgk/error.html", "zwgk/to-metadata.html",
          "http://10.0.0.1/oa/", "http://[::1]:9/", "http://192.168.1.10/")
    bad = _bad(published, main)
    assert "HTTP 404" in bad[other.base + "zwgk/gone.html"]
    assert "HTTP 503" in bad[other.base + "zwgk/error.html"]
    assert "169.254.169.254" in bad[other.base + "zwgk/to-metadata.html"]  # a redirect is checked like a link
    for internal in ("http://10.0.0.1/oa/", "http://[::1]:9/", "http://192.168.1.10/"):
        assert "内网" in bad[internal], bad[internal]
    assert len(bad) == 6


def test_quiet_for_working_links_redirects_and_head_refusals(published: Published, servers: tuple[Server, Server],
                                                             net_guard: object) -> None:
    main, other = servers
    _page(published, other, "zwgk/ok.html", "zwgk/moved.html", "zwgk/get-only.html")
    assert _bad(published, main) == {}
    # HEAD first; the one-byte GET only where HEAD was refused; nothing crawled on the other host.
    assert sorted((h.method, h.path) for h in other.hits) == [
        ("GET", "/zwgk/get-only.html"), ("HEAD", "/zwgk/get-only.html"), ("HEAD", "/zwgk/moved.html"),
        ("HEAD", "/zwgk/ok.html"), ("HEAD", "/zwgk/ok.html")]


def test_ignored_urls_are_not_checked(published: Published, servers: tuple[Server, Server],
                                      net_guard: object) -> None:
    main, other = servers
    _page(published, other, "zwgk/gone.html")
    assert published.findings("LINK003", main.base, external=True, ignore=(*published.ignore, r"/zwgk/")) == []
    assert other.hits == []

