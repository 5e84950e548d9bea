from __future__ import annotations

import pytest

from tests.conftest import Site, codes


def withheld(site: Site, reason: str) -> list:
    site.page("content/policies/a.md", disclosure="不予公开", disclosure_reason=reason, review_due="2027-06-30")
    return site.check()


def test_no_legal_basis(site: Site) -> None:
    [finding] = withheld(site, "不宜公开")
    assert (finding.code, finding.severity, finding.line) == ("ATTR003", "error", 7)
    assert "第十四条" in finding.message and "第十六条" in finding.message


@pytest.mark.parametrize("reason", [
    "属于讨论记录等过程性信息，依据《中华人民共和国政府信息公开条例》第十六条不予公开",
    "涉及个人隐私，依据条例第15条不予公开",
    "属于国家秘密，依据条例第十四条",
])
def test_good_reasons(site: Site, reason: str) -> None:
    assert withheld(site, reason) == []


def test_category_and_article_disagree(site: Site) -> None:
    [finding] = withheld(site, "涉及个人隐私，依据条例第十四条不予公开")
    assert (finding.code, finding.severity) == ("ATTR003", "warning")
    assert "第十五条" in finding.message


def test_article_without_category(site: Site) -> None:
    [finding] = withheld(site, "依据条例第十六条")
    assert finding.severity == "warning"


def test_category_without_article(site: Site) -> None:
    [finding] = withheld(site, "属于请示报告")
    assert finding.severity == "warning" and "第十六条" in finding.message


def test_on_request_reason(site: Site) -> None:
    site.page("content/policies/a.md", disclosure="依申请公开",
              disclosure_reason="只涉及部分人和事，仅对特定对象具有特殊作用 (附件1 第三条第二项)")
    assert site.check() == []


def test_on_request_grounds_do_not_justify_withholding(site: Site) -> None:
    assert codes(withheld(site, "只涉及部分人和事")) == ["ATTR003"]
