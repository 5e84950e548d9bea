from __future__ import annotations

from tests.conftest import Site, codes

REASON = "属于讨论记录等过程性信息，依据条例第十六条"


def test_withheld_without_review_due(site: Site) -> None:
    site.page("content/policies/a.md", disclosure="不予公开", disclosure_reason=REASON)
    assert codes(site.check()) == ["ATTR008"]


def test_withheld_with_review_due(site: Site) -> None:
    site.page("content/policies/a.md", disclosure="不予公开", disclosure_reason=REASON, review_due="2027-06-30")
    assert site.check() == []


def test_other_attributes_need_none(site: Site) -> None:
    site.page("content/policies/a.md", disclosure="依申请公开", disclosure_reason="涉及个人隐私，依据条例第十五条")
    assert site.check() == []
