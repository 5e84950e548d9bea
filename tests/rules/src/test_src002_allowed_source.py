from __future__ import annotations

import pytest

from tests.conftest import Site


def hosts_reported(site: Site, url: str, name: str = "重庆市人民政府") -> list[str]:
    site.page("content/news/a.md", body="3月23日，全市优化营商环境大会召开。\n",
              source=f"{{type: reprint, name: {name}, url: '{url}'}}")
    return [f.excerpt for f in site.check() if f.code == "SRC002"]


@pytest.mark.parametrize("url", [
    "https://www.cq.gov.cn/ywdt/jrcq/202603/t20260323_00000001.html",
    "http://WWW.CQ.GOV.CN/ywdt/a.html",
    "https://www.cq.gov.cn./a.html",
    "https://www.cq.gov.cn:443/a.html",
])
def test_configured_hosts_pass(site: Site, url: str) -> None:
    assert hosts_reported(site, url) == []


@pytest.mark.parametrize(("url", "host"), [
    ("https://cq.gov.cn.evil.com/a.html", "cq.gov.cn.evil.com"),
    ("https://www.cq.gov.cn.evil.com/a.html", "www.cq.gov.cn.evil.com"),
    ("https://evilwww.cq.gov.cn/a.html", "evilwww.cq.gov.cn"),
    ("https://www.cq.gov.cn@evil.com/a.html", "evil.com"),
    ("https://evil.com\\@www.cq.gov.cn/a.html", "evil.com"),
    ("https://mp.weixin.qq.com/s/abcdef", "mp.weixin.qq.com"),
    ("https://www.sohu.com/a/123456_789", "www.sohu.com"),
    ("https://cq.gov.cn/a.html", "cq.gov.cn"),  # www.cq.gov.cn is configured, which covers only itself
    ("https://news.cq.gov.cn/a.html", "news.cq.gov.cn"),
])
def test_other_hosts_fail(site: Site, url: str, host: str) -> None:
    assert hosts_reported(site, url) == [host]


def test_a_domain_entry_covers_its_subdomains(site: Site) -> None:
    site.write("site_config/sources.yml", """
        sources:
          - {name: 重庆市人民政府, kind: government, domains: [cq.gov.cn]}
        """)
    assert hosts_reported(site, "https://news.cq.gov.cn/a.html") == []
    assert hosts_reported(site, "https://cq.gov.cn/a.html") == []
    assert hosts_reported(site, "https://cq.gov.cn.evil.com/a.html") == ["cq.gov.cn.evil.com"]


def test_message_names_the_host_and_the_sources(site: Site) -> None:
    site.page("content/news/a.md", body="正文。\n", source="{type: reprint, name: 某某网, url: \"https://www.xx-news.com/a\"}")
    [finding] = [f for f in site.check() if f.code == "SRC002"]
    assert "www.xx-news.com" in finding.message and "中国政府网" in finding.message and finding.severity == "error"
