from __future__ import annotations

import pytest

from tests.conftest import Site


def reported(site: Site, body: str, **meta: object) -> list[str]:
    site.page("content/news/a.md", body=body, **meta)
    return [f.message for f in site.check() if f.code == "SRC005"]


@pytest.mark.parametrize("body", [
    "3月23日，全市优化营商环境大会召开。\n\n（本文转载自重庆市人民政府网站）\n",
    "国务院常务会议部署稳就业举措。\n\n本文转自新华网。\n",
    "国务院常务会议部署稳就业举措。\n\n来源：新华社\n",
    "国务院常务会议部署稳就业举措。\n\n来源：“人民网”\n",
])
def test_body_that_says_reprint(site: Site, body: str) -> None:
    [message] = reported(site, body)
    assert "头信息没有声明转载" in message


def test_declared_reprint_passes(site: Site) -> None:
    body = "3月23日，全市优化营商环境大会召开。\n\n（本文转载自重庆市人民政府网站）\n"
    assert reported(site, body, source="{type: reprint, name: 重庆市人民政府, url: \"https://www.cq.gov.cn/a.html\"}") == []


@pytest.mark.parametrize("body", [
    "区政务服务中心运转自如，群众办事更便捷。\n",
    "来源：江北区发展改革委\n\n一季度全区固定资产投资同比增长5.2%。\n",
    "数据来源：区统计局。\n",
    "本条目转载请注明出处。\n",
])
def test_ordinary_originals_pass(site: Site, body: str) -> None:
    assert reported(site, body) == []


def test_line_of_the_statement(site: Site) -> None:
    site.page("content/news/a.md", body="第一段。\n\n第二段。\n\n（本文转载自重庆市人民政府网站）\n")
    [finding] = [f for f in site.check() if f.code == "SRC005"]
    assert finding.line == 12 and finding.severity == "warning"


def test_source_lines_are_found_as_a_regex_scan_finds_them() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from gates.detect.spots import positions
    from gates.rules.src import src005_undeclared_reprint as src005

    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet="来源稿自:：新华网 ，\n资能", max_size=30))
    def same(body: str) -> None:
        assert [m.span() for m in src005._source_lines(body, positions(body, "源"), positions(body, "来自"))] == [m.span() for m in src005._SOURCE_LINE.finditer(body)]

    same()


def test_reprint_sayings_are_found_as_a_regex_search_finds_them() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from gates.detect.spots import positions
    from gates.rules.src import src005_undeclared_reprint as src005

    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet="转载自于本文章原内容此运如 \n", max_size=30))
    def same(body: str) -> None:
        found = src005._says_reprint(body, positions(body, "转"))
        expected = src005._SAYS_REPRINT.search(body)
        assert (found.span() if found else None) == (expected.span() if expected else None), body

    same()
