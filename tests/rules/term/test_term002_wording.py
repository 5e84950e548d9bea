from __future__ import annotations

import pytest

from tests.conftest import Site


def reported(site: Site, body: str, **meta: object) -> list[str]:
    site.page("content/news/a.md", body=body, **meta)
    return [f.excerpt for f in site.check() if f.code == "TERM002"]


def test_common_wrong_forms(site: Site) -> None:
    body = "截止目前，区发改委会同区卫计委等其它部门，做为牵头单位再接再励。\n"
    assert reported(site, body) == ["截止目前", "发改委", "卫计委", "其它", "做为", "再接再励"]


def test_message_gives_the_right_form_and_note(site: Site) -> None:
    site.page("content/news/a.md", body="区卫计委召开会议。\n")
    [finding] = [f for f in site.check() if f.code == "TERM002"]
    assert finding.severity == "warning"
    assert "“卫计委”应为“卫生健康委” (2018年机构改革后更名)" in finding.message


@pytest.mark.parametrize("body", [
    "各镇人民政府、街道办事处，区政府各部门：\n",  # 街道办 inside its right form
    "区政府召开2026年第5次常务会议。区政府常务会议研究了……\n",
    "原国家卫计委、原区卫计委的职责整合后……\n",  # allowed historical names
    "区发展改革委、区卫生健康委、区规划和自然资源局联合发文。\n",
    "根据《中华人民共和国政府信息公开条例》第十六条……\n",
    "截至目前，全区移民工作稳步推进。\n",
])
def test_correct_text_passes(site: Site, body: str) -> None:
    assert reported(site, body) == []


def test_law_short_title(site: Site) -> None:
    assert reported(site, "依据《政府信息公开条例》第十五条……\n") == ["《政府信息公开条例》"]


def test_full_width_digits_in_terms(site: Site) -> None:
    site.write("site_config/terms.yml", "terms:\n  - {wrong: 5G基站, right: 5G基站 (规范写法), level: warning}\n"
                                        "  - {wrong: G20峰会, right: 二十国集团领导人峰会, level: warning}\n")
    assert reported(site, "建成５Ｇ基站120个；Ｇ20峰会期间……\n") == ["5G基站", "G20峰会"]


def test_accepted_when_quoting_a_historical_document(site: Site) -> None:
    site.page("content/news/a.md", body="2015年《区卫计委工作要点》提出……\n",
              accept="[{code: TERM002, text: 卫计委, reason: 引用2015年文件原名}]")
    assert [f.severity for f in site.check() if f.code == "TERM002"] == ["info"]
