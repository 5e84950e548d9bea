from __future__ import annotations

from tests.conftest import Site

URL = "https://www.cq.gov.cn/ywdt/jrcq/202603/t20260323_00000001.html"


def reported(site: Site, name: str, url: str = URL) -> list[str]:
    site.page("content/news/a.md", body="3月23日，全市优化营商环境大会召开。\n",
              source=f"{{type: reprint, name: {name}, url: \"{url}\"}}")
    return [f.message for f in site.check() if f.code == "SRC003"]


def test_name_of_the_owning_source_and_its_aliases_pass(site: Site) -> None:
    assert reported(site, "重庆市人民政府") == []
    assert reported(site, "重庆市政府网") == []
    assert reported(site, "新华社", "https://www.news.cn/politics/20260320/c.html") == []


def test_another_sources_name(site: Site) -> None:
    [message] = reported(site, "新华网")
    assert "原文网址属于“重庆市人民政府”" in message and "另一稿源" in message and "name: 重庆市人民政府" in message


def test_unconfigured_name(site: Site) -> None:
    [message] = reported(site, "重庆日报")
    assert "另一稿源" not in message and "重庆市人民政府" in message


def test_unknown_host_is_left_to_src002(site: Site) -> None:
    assert reported(site, "重庆日报", "https://www.cqrb.cn/a.html") == []
