from __future__ import annotations

import pytest

from tests.conftest import Site


def reported(site: Site, body: str, **meta: object) -> list[str]:
    site.page("content/news/a.md", body=body, **meta)
    return [f.excerpt for f in site.check() if f.code == "AD003"]


@pytest.mark.parametrize(("body", "host"), [
    ("报名方式详见[报名系统](https://www.example-events.com/signup)。\n", "www.example-events.com"),
    ("![活动海报](https://img.some-cdn.net/poster.jpg)\n", "img.some-cdn.net"),
    ("详见 https://www.cqu.edu.cn/info/1234.htm 。\n", "www.cqu.edu.cn"),
    ("原文见[这里](https://www.cq.gov.cn.evil.com/a.html)\n", "www.cq.gov.cn.evil.com"),
])
def test_other_external_hosts_warn(site: Site, body: str, host: str) -> None:
    assert reported(site, body) == [host]


@pytest.mark.parametrize("body", [
    "详见[市政府网站](https://www.cq.gov.cn/a.html)、[中国政府网](https://www.gov.cn/zhengce/a.htm)。\n",
    "查询请登录[信用中国](https://www.creditchina.gov.cn/)或[共产党员网](https://www.12371.cn/)。\n",
    "详见[本站通知](https://www.cqjb.gov.cn/zwgk/a.html)与[相关解读](../policies/a.md)。\n",
    "详见[区人力社保局](http://rlsbj.cqjb.gov.cn/a.html)。\n",
    "[人民网报道](http://www.people.com.cn/n1/2026/0301/c1001.html)\n",
])
def test_government_sources_and_trusted_pass(site: Site, body: str) -> None:
    assert reported(site, body) == []


def test_ad_hosts_are_ad001_not_ad003(site: Site) -> None:
    site.page("content/news/a.md", body="[店铺](https://shop.taobao.com/x)\n")
    assert [f.code for f in site.check() if f.code.startswith("AD")] == ["AD001"]


def test_warning_and_accept(site: Site) -> None:
    site.page("content/news/a.md", body="[重庆大学招生网](https://zs.cqu.edu.cn/)\n")
    [finding] = [f for f in site.check() if f.code == "AD003"]
    assert finding.severity == "warning" and "外部网站 zs.cqu.edu.cn" in finding.message
    site.page("content/news/a.md", body="[重庆大学招生网](https://zs.cqu.edu.cn/)\n",
              accept="[{code: AD003, text: zs.cqu.edu.cn, reason: 高校招生信息官方网站}]")
    [finding] = [f for f in site.check() if f.code == "AD003"]
    assert finding.severity == "info"
