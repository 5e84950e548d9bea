"""Relative links resolved without urllib land exactly where urljoin and urlsplit put them."""

from __future__ import annotations

from urllib.parse import unquote, urljoin, urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gates.crawl.crawler import Crawler, page_base, relative_link
from gates.crawl.html import Link, PageFacts
from gates.crawl.source import DirSource

_SEGMENT = st.sampled_from(["a", "news", "2026-01-01-p1", "..", ".", "", "%E6%96%B0", "x%2Fy", "新闻", "a;b", "a:b",
                            "a?q=1", "a b", "a\\b", "index.html", "%2e%2e", "~u", "a\tb"])
_PAGES = st.sampled_from(["https://www.cqjb.gov.cn/", "https://www.cqjb.gov.cn/news/a/",
                          "https://www.cqjb.gov.cn/news/a/index.html", "http://127.0.0.1:8123/x/y/z/",
                          "https://site.invalid/%E6%96%B0/p/", "https://h/a;b/c/"])


@st.composite
def hrefs(draw: st.DrawFn) -> str:
    path = "/".join(draw(st.lists(_SEGMENT, min_size=1, max_size=6)))
    lead = draw(st.sampled_from(["", "/", "//", "./", "../", "../../"]))
    fragment = draw(st.sampled_from(["", "#", "#top", "#%E7%AB%A0", "#a#b", "#x y"]))
    return lead + path + fragment


@settings(max_examples=2000, deadline=None)
@given(page=_PAGES, href=hrefs())
def test_relative_links_resolve_as_urljoin_does(page: str, href: str) -> None:
    fast = relative_link(page_base(page), href)
    if fast is None:
        return  # the general path (urljoin itself) reads it
    absolute, (path, fragment) = fast
    folder = page.rsplit("/", 1)[0] + "/"
    expected = urljoin(folder, href)
    assert absolute == expected
    parts = urlsplit(expected)
    assert (parts.scheme, parts.netloc) == (urlsplit(page).scheme, urlsplit(page).netloc)  # never another host
    assert (path, fragment) == (unquote(parts.path).lstrip("/"), unquote(parts.fragment))


def test_the_usual_links_of_a_built_page_take_the_short_path() -> None:
    base = page_base("https://www.cqjb.gov.cn/news/2026-01-01-p1/")
    for href in ("../../", "../../assets/stylesheets/main.css", "../2026-01-02-p2/#sec-1", "/xxgk/", "index.html"):
        assert relative_link(base, href) is not None, href
    for href in ("https://other.example/", "//cdn.example/x.js", "mailto:a@b", "?page=2", "a?x=1", "a b"):
        assert relative_link(base, href) is None, href


_FOLDERS = st.lists(st.sampled_from(["news", "a", "2026-01-01-p1", "page", "2", "%E6%96%B0", ""]), max_size=4)


@settings(max_examples=300, deadline=None)
@given(visits=st.lists(st.tuples(_FOLDERS, st.sampled_from(["", "index.html"]),
                                 st.lists(st.one_of(hrefs(), st.sampled_from([
                                     "https://beian.miit.gov.cn/", "http://www.cqjb.gov.cn/x/", "HTTPS://Other.Example",
                                     "https://www.cqjb.gov.cn/news/#a", "https://[::1", "../../?page=2",
                                     "../x;p?q#f", "javascript:void(0)"])), max_size=8)), min_size=1, max_size=12))
def test_what_a_link_is_does_not_depend_on_which_page_asked_first(
        tmp_path_factory: pytest.TempPathFactory,
        visits: list[tuple[list[str], str, list[str]]]) -> None:
    """The memo shared by every page (_memo_key) gives each link what resolving it on its own page gives."""
    folder = tmp_path_factory.mktemp("site")
    site = {"www.cqjb.gov.cn"}
    memo = Crawler(DirSource(folder, "https://www.cqjb.gov.cn/", "site"), site, lambda page: None,
                   ignore=lambda url: "ignored" in url)
    for segments, name, links in visits:
        page_url = "https://www.cqjb.gov.cn/" + "".join(s + "/" for s in segments) + name
        fresh = Crawler(DirSource(folder, "https://www.cqjb.gov.cn/", "site"), site, lambda page: None,
                        ignore=lambda url: "ignored" in url)
        facts = PageFacts((), frozenset(), {})
        for i, href in enumerate(links):
            link = Link(i + 1, href)
            base = page_base(page_url)
            assert memo._resolve(page_url, base, link, facts) == fresh._resolve(page_url, base, link, facts), href


@settings(max_examples=300, deadline=None)
@given(page_url=_PAGES, links=st.lists(st.one_of(hrefs(), st.sampled_from(["#top", "#", "#gone", "../..", "../.."])),
                                       max_size=12))
def test_a_page_read_whole_resolves_each_link_as_on_its_own(tmp_path_factory: pytest.TempPathFactory,
                                                            page_url: str, links: list[str]) -> None:
    """_resolve_all works each distinct href out once a page: the same readings, in the page's order."""
    folder = tmp_path_factory.mktemp("site")
    crawler = Crawler(DirSource(folder, "https://www.cqjb.gov.cn/", "site"), {"www.cqjb.gov.cn"}, lambda page: None)
    facts = PageFacts(tuple(Link(i + 1, href) for i, href in enumerate(links)), frozenset({"top"}), {})
    base = page_base(page_url)
    one_by_one = [crawler._resolve(page_url, base, link, facts) for link in facts.links]
    assert list(crawler._resolve_all(page_url, base, facts)) == [r for r in one_by_one if r is not None]


_TAGS = st.sampled_from([
    '<a href="../x/">', "<A HREF='../y/#z'>", '<a href = x&amp;y >', '<link rel="preconnect" href="https://a.example">',
    '<LINK REL=dns-prefetch href="//b.example">', '<link rel="stylesheet" href=" s.css ">', '<img src="i.png" alt="">',
    '<script src="j.js"></script>', '<a name="top">', '<a href="">', '<iframe src="f.html" href="g.html">',
    '<meta name="PubDate" content="2026-03-20">', '<META NAME="SiteName" CONTENT="江北&amp;区">', '<meta charset="utf-8">',
    '<meta name="PubDate" content="">', "<p>文字</p>", "\n"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(_TAGS, max_size=10), min_size=1, max_size=4))
def test_a_tag_read_from_the_memo_reads_as_when_first_read(pages: list[list[str]]) -> None:
    """read_page remembers what each tag, written exactly so, links to: the header and footer of every page."""
    from gates.crawl import html

    texts = ["".join(tags) for tags in pages]
    html._HREFS.found.clear()
    remembered = [html.read_page(text) for text in texts * 3]  # tags seen twice are read from the memo
    assert bool(html._HREFS.found) == any(html._TAG.search(text) for text in texts)
    for text, facts in zip(texts * 3, remembered, strict=True):
        html._HREFS.found.clear()
        html._METAS.found.clear()
        fresh = html.read_page(text)
        assert (facts.links, facts.meta) == (fresh.links, fresh.meta), text


def test_a_pages_own_tags_never_fill_the_memo() -> None:
    from gates.crawl import html

    memo: html.Recurring[int] = html.Recurring(limit=10)
    for i in range(1000):
        memo.keep(f'<meta name="ArticleTitle" content="第{i}篇">', i)  # each page's own: seen once
        memo.keep('<a href="../../">', 0)  # the header's: every page
    assert memo.found == {'<a href="../../">': 0}
