"""LINK005: a feed configured in site_config/ that cannot be read. Those URLs come from the signed config, so a
feed on a local address is fetched (it is trusted, unlike a link found on a page)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.rescankit import Published, published_fixture  # noqa: F401
from tests.webkit import Server, net_guard_fixture  # noqa: F401

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>江北发布</title><link>https://mp.example.gov.cn/</link>
<item><title>春日赏花指南</title><pubDate>Wed, 18 Mar 2026 09:00:00 +0800</pubDate></item></channel></rss>"""


@pytest.fixture(name="feeds")
def feeds_fixture() -> Iterator[Server]:
    server = Server()
    server.routes["/rss.xml"] = lambda h: h.send(200, RSS.encode(), {"Content-Type": "application/rss+xml"})
    server.routes["/page.html"] = lambda h: h.send(200, b"<html><body>not a feed</body></html>",
                                                   {"Content-Type": "text/html"})
    server.start()
    try:
        yield server
    finally:
        server.stop()


def _configure(published: Published, column_feed: str, source_feed: str) -> None:
    columns = published.root / "site_config" / "columns.yml"
    text = columns.read_text(encoding="utf-8")
    wechat = "kind: newmedia, review: publishing, update_days: 14"
    assert wechat in text
    columns.write_text(text.replace(wechat, f'{wechat}, feed: "{column_feed}"'), encoding="utf-8")
    sources = published.root / "site_config" / "sources.yml"
    text = sources.read_text(encoding="utf-8")
    sources.write_text(text.replace("domains: [www.news.cn, www.xinhuanet.com]",
                                    f'domains: [www.news.cn, www.xinhuanet.com], feed: "{source_feed}"'), encoding="utf-8")


def test_fires_on_a_missing_feed_and_on_a_page_that_is_not_a_feed(published: Published, feeds: Server,
                                                                  net_guard: object) -> None:
    published.home()
    _configure(published, feeds.base + "gone.xml", feeds.base + "page.html")
    found = published.findings("LINK005", external=True)
    assert sorted(f.message for f in found) == [
        f"栏目 微信公众号 的订阅源 {feeds.base}gone.xml 无法读取：HTTP 404",
        f"稿源 新华网 的订阅源 {feeds.base}page.html 无法读取：内容不是 RSS 或 Atom 订阅源",
    ]
    assert all(f.severity == "warning" for f in found)


def test_quiet_for_a_readable_feed(published: Published, feeds: Server, net_guard: object) -> None:
    published.home()
    _configure(published, feeds.base + "rss.xml", feeds.base + "rss.xml")
    assert published.findings("LINK005", external=True) == []
