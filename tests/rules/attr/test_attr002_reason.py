from __future__ import annotations

import pytest

from tests.conftest import Site, codes

WITHHELD = {"disclosure": "不予公开", "review_due": "2027-06-30"}


@pytest.mark.parametrize("disclosure", ["依申请公开", "on_request", "不予公开", "withheld"])
def test_reason_required(site: Site, disclosure: str) -> None:
    site.page("content/policies/a.md", disclosure=disclosure, review_due="2027-06-30")
    findings = site.check()
    assert codes(findings) == ["ATTR002"]
    assert findings[0].line == 5  # the disclosure line


def test_blank_reason(site: Site) -> None:
    site.page("content/policies/a.md", disclosure_reason="''", **WITHHELD)
    assert codes(site.check()) == ["ATTR002"]


def test_proactive_needs_no_reason(site: Site) -> None:
    site.page("content/news/a.md")
    assert site.check() == []


def test_reason_given(site: Site) -> None:
    site.page("content/policies/a.md", disclosure_reason="属于内部事务信息中的人事管理信息，依据条例第十六条不予公开",
              **WITHHELD)
    assert site.check() == []


def test_reason_not_text(site: Site) -> None:
    site.page("content/policies/a.md", disclosure_reason="[1, 2]", **WITHHELD)
    assert codes(site.check()) == ["ATTR002"]
