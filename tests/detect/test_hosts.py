from __future__ import annotations

import pytest

from gates.detect.hosts import HostSet, document_key, link_host, same_document, web_url


@pytest.mark.parametrize(("url", "host"), [
    ("https://www.cq.gov.cn/a.html", "www.cq.gov.cn"),
    ("HTTP://WWW.CQ.GOV.CN./A.html", "www.cq.gov.cn"),
    ("https://www.cq.gov.cn@evil.com/", "evil.com"),
    ("https://evil.com\\@www.cq.gov.cn/", "evil.com"),
    ("//img.taobao.com/a.png", "img.taobao.com"),
    ("https://江北.政务/a", "江北.政务".encode("idna").decode("ascii")),
    ("https://www。cq。gov。cn/a", "www.cq.gov.cn"),
])
def test_host_as_a_browser_reads_it(url: str, host: str) -> None:
    parsed = web_url(url)
    assert parsed is not None and parsed.host == host


@pytest.mark.parametrize("url", ["", "/news/a.html", "a.html", "javascript:alert(1)", "ftp://a.com/x",
                                 "https://", "https://a.com:99999/", "https://a .com/"])
def test_not_a_web_url(url: str) -> None:
    assert web_url(url) is None


@pytest.mark.parametrize(("url", "host"), [
    ("../policies/a.md", None), ("#top", None), ("mailto:a@cqjb.gov.cn", None), ("tel:023-67851234", None),
    ("data:image/png;base64,AAAA", None), ("ftp://files.example.com/a", "files.example.com"),
    ("www.bet365.com/zh", "www.bet365.com"), ("https://t.cn/A6ab", "t.cn"),
])
def test_link_host(url: str, host: str | None) -> None:
    assert link_host(url) == host


def test_domain_entries_cover_subdomains_and_www_entries_only_themselves() -> None:
    hosts = HostSet([("cq.gov.cn", "市政府"), ("www.gov.cn", "中国政府网")])
    assert hosts.match("cq.gov.cn") == "市政府" and hosts.match("news.cq.gov.cn") == "市政府"
    assert hosts.match("www.gov.cn") == "中国政府网"
    for host in ("cq.gov.cn.evil.com", "evilcq.gov.cn", "gov.cn", "a.www.gov.cn", "wwwgov.cn", ""):
        assert hosts.match(host) is None, host


def test_most_specific_entry_wins() -> None:
    hosts = HostSet([("gov.cn", "政府"), ("cq.gov.cn", "市政府")])
    assert hosts.match("www.cq.gov.cn") == "市政府" and hosts.match("www.gov.cn") == "政府"
    assert not HostSet([]) and hosts


def test_same_document() -> None:
    a = "https://www.cq.gov.cn/ywdt/jrcq/202603/t20260323_00000001.html"
    assert same_document(a, "http://WWW.CQ.GOV.CN:80/ywdt/jrcq/202603/t20260323_00000001.html#top")
    assert same_document("https://www.gov.cn/zhengce/", "https://www.gov.cn/zhengce")
    assert not same_document(a, a.replace("00000001", "00000002"))
    assert not same_document("https://www.gov.cn/a?id=1", "https://www.gov.cn/a?id=2")
    assert document_key("not a url") is None
