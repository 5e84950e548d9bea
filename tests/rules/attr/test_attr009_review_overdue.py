from __future__ import annotations

import datetime as dt

from tests.conftest import Site

REASON = "属于讨论记录等过程性信息，依据条例第十六条"


def test_overdue_is_a_warning(site: Site) -> None:
    site.page("content/policies/a.md", disclosure="不予公开", disclosure_reason=REASON, review_due="2025-06-30")
    [finding] = site.check(today=dt.date(2025, 7, 10))
    assert (finding.code, finding.severity, finding.line) == ("ATTR009", "warning", 8)
    assert "10 天" in finding.message


def test_not_yet_due(site: Site) -> None:
    site.page("content/policies/a.md", disclosure="不予公开", disclosure_reason=REASON, review_due="2025-06-30")
    assert site.check(today=dt.date(2025, 6, 30)) == []


def test_unreadable_date_left_to_fm007(site: Site) -> None:
    site.page("content/policies/a.md", disclosure="不予公开", disclosure_reason=REASON, review_due="明年")
    assert [f.code for f in site.check()] == ["FM007"]
