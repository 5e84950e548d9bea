from __future__ import annotations

import pytest

from tests.conftest import Site

BODY = "3月23日，全市优化营商环境大会召开。\n\n（本文转载自重庆市人民政府网站）\n"
URL = "https://www.cq.gov.cn/ywdt/jrcq/202603/t20260323_00000001.html"


def src(site: Site, source: str) -> list[str]:
    site.page("content/news/a.md", body=BODY, title="全市优化营商环境大会召开", source=source)
    return [f.message for f in site.check() if f.code == "SRC001"]


def test_complete_reprint_passes(site: Site) -> None:
    assert src(site, f"{{type: reprint, name: 重庆市人民政府, url: \"{URL}\", title: 全市优化营商环境大会召开}}") == []


def test_original_and_no_source_pass(site: Site) -> None:
    assert src(site, "{type: original}") == []
    site.page("content/news/b.md", body="区政府召开常务会议。\n")
    assert [f for f in site.check() if f.code == "SRC001"] == []


def test_reprint_without_url(site: Site) -> None:
    [message] = src(site, "{type: reprint, name: 重庆市人民政府}")
    assert "缺少 source.url" in message


def test_reprint_without_name_and_url(site: Site) -> None:
    messages = src(site, "{type: reprint}")
    assert len(messages) == 2 and "source.name" in messages[0] and "source.url" in messages[1]


@pytest.mark.parametrize("url", ["www.cq.gov.cn/a.html", "javascript:alert(1)", "ftp://www.cq.gov.cn/a", "原文链接"])
def test_reprint_url_must_be_a_web_address(site: Site, url: str) -> None:
    [message] = src(site, f"{{type: reprint, name: 重庆市人民政府, url: \"{url}\"}}")
    assert "不是有效的原文网址" in message


def test_source_shape_and_type(site: Site) -> None:
    [message] = src(site, "重庆市人民政府")
    assert "source 应写成键值形式" in message
    [message] = src(site, f"{{name: 重庆市人民政府, url: \"{URL}\"}}")
    assert "source.type 未填写" in message
    [message] = src(site, f"{{type: 转载, name: 重庆市人民政府, url: \"{URL}\"}}")
    assert "“转载”" in message and "reprint" in message


def test_finding_points_at_the_source_key(site: Site) -> None:
    site.page("content/news/a.md", body=BODY, source="{type: reprint, name: 重庆市人民政府}")
    [finding] = [f for f in site.check() if f.code == "SRC001"]
    assert finding.line == 7 and finding.severity == "error"
