from __future__ import annotations

import pytest

from tests.conftest import Site


def reported(site: Site, body: str = "正文。\n", **meta: object) -> list[tuple[str, int, str]]:
    site.page("content/news/a.md", body=body, **meta)
    return [(f.excerpt, f.line, f.message) for f in site.check() if f.code == "TERM001"]


def test_wrong_form_in_the_title(site: Site) -> None:
    [(wrong, line, message)] = reported(site, title="台湾总统选举结果对两岸关系的影响")
    assert (wrong, line) == ("台湾总统", 2) and "标题中“台湾总统”应为“台湾地区领导人”" in message


def test_in_body_link_text_and_table(site: Site) -> None:
    body = ("各单位要深入学习[新时代中国特色社会主义思想](https://www.12371.cn/a.html)。\n\n"
            "| 序号 | 内容 |\n|---|---|\n| 1 | 积极参与一带一路战略 |\n")
    found = reported(site, body)
    assert [(w, line) for w, line, _ in found] == [("新时代中国特色社会主义思想", 8), ("一带一路战略", 12)]
    assert "应为““一带一路”倡议”" in found[1][2]


def test_allowed_longer_phrase_wins(site: Site) -> None:
    assert reported(site, "深入学习贯彻习近平新时代中国特色社会主义思想。\n") == []


def test_longer_term_wins_over_shorter(site: Site) -> None:
    [(wrong, _, message)] = reported(site, "第十四届全国人大代表大会第四次会议在京开幕。\n")
    assert wrong == "全国人大代表大会" and "全国人民代表大会" in message


def test_description_and_each_line_listed(site: Site) -> None:
    found = reported(site, "台湾政府宣布……\n\n台湾政府又称……\n", description="台湾政府")
    assert [(w, line) for w, line, _ in found] == [("台湾政府", 7), ("台湾政府", 9)]
    assert "摘要中" in found[0][2] and "正文中" in found[1][2] and "第 9、11 行" in found[1][2]


@pytest.mark.parametrize("body", [
    "海峡两岸暨香港、澳门同胞共同参与。\n",
    "台湾地区领导人选举。台湾当局。\n",
    "台湾与中国大陆隔海相望。\n",
])
def test_right_forms_pass(site: Site, body: str) -> None:
    assert reported(site, body) == []


def test_error_level_cannot_be_accepted(site: Site) -> None:
    site.page("content/news/a.md", title="台湾总统选举", accept="[{code: TERM001, text: 台湾总统, reason: 引用}]")
    assert [f.severity for f in site.check() if f.code == "TERM001"] == ["error"]
