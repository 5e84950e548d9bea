"""FREQ002: a published page's date is never in the future."""

from __future__ import annotations

from tests.conftest import Site
from tests.rules.freq.helpers import TODAY, ago, line_of, only, published, run


def test_tomorrow_is_an_error(site: Site) -> None:
    path = published(site, "news", -1)
    [finding] = only(run(site), "FREQ002")
    assert (finding.path, finding.severity) == (path, "error")
    assert finding.line == line_of(site, path, "date")
    assert "2026-11-26 晚于今天 (2026-11-25)" in finding.message


def test_today_and_earlier_pass(site: Site) -> None:
    published(site, "news", 0)
    published(site, "news", 30)
    assert only(run(site), "FREQ002") == []


def test_the_same_page_checked_on_a_later_day_passes(site: Site) -> None:
    published(site, "news", -1)
    assert only(run(site, today=ago(-1)), "FREQ002") == []


def test_drafts_and_withdrawn_pages_are_not_judged(site: Site) -> None:
    site.page("content/news/plan.md", date=ago(-10).isoformat())  # a draft planned for a later day
    published(site, "news", -3, status="withdrawn")
    assert only(run(site), "FREQ002") == []


def test_a_future_date_is_no_update(site: Site) -> None:
    """A date in the future cannot keep a column fresh: the column counts as not updated."""
    published(site, "news", -30)
    findings = run(site)
    assert only(findings, "FREQ002")
    assert any("工作动态" in f.message and "视为未更新" in f.message for f in only(findings, "FREQ004"))
    assert TODAY.isoformat() in only(findings, "FREQ002")[0].message
