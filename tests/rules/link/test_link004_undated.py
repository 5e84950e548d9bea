"""LINK004: an article page on the site without a publication date."""

from __future__ import annotations

from tests.rescankit import Published, page_html, published_fixture  # noqa: F401
from tests.webkit import net_guard_fixture  # noqa: F401


def test_fires_on_an_empty_or_missing_pubdate(published: Published, net_guard: object) -> None:
    published.home()
    published.write("news/a/index.html", page_html("区领导调研城市更新项目", "<p>调研情况。</p>", pubdate=""))
    published.write("news/b/index.html", page_html("区政府召开安全生产专题会", "<p>会议情况。</p>", pubdate=None))
    found = published.findings("LINK004")
    assert sorted(f.path.rsplit("site/", 1)[1] for f in found) == ["news/a/index.html", "news/b/index.html"]
    assert {f.line for f in found if f.path.endswith("news/a/index.html")} == {10}  # the empty PubDate tag


def test_quiet_for_dated_articles_and_for_listings(published: Published, net_guard: object) -> None:
    published.home()  # the home page and the column listing carry no ArticleTitle: they are not articles
    published.write("news/a/index.html", page_html("区领导调研城市更新项目", "<p>调研情况。</p>", pubdate="2026-03-29 10:30"))
    assert published.findings("LINK004") == []
