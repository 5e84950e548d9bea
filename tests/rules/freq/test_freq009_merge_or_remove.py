"""FREQ009: late in each of the last N update periods — suggest merging or removing the column."""

from __future__ import annotations

from tests.conftest import Site
from tests.rules.freq.helpers import columns, only, published, run

NEWS = "id: news, name: 工作动态, kind: news, review: publishing, update_days: 14"
NOTICES = "id: notices, name: 通知公告, kind: notice, review: publishing, update_days: 180"


def test_every_twenty_days_against_fourteen(site: Site) -> None:
    columns(site, NEWS)
    for days in range(0, 100, 20):
        published(site, "news", days)
    [finding] = only(run(site), "FREQ009")
    assert finding.severity == "warning" and finding.line == 2
    assert "最近 3 个更新周期 (每期 14 天) 中每期都有超期未更新" in finding.message and "归并" in finding.message


def test_every_ten_days_is_on_pace(site: Site) -> None:
    columns(site, NEWS)
    for days in range(0, 100, 10):
        published(site, "news", days)
    assert only(run(site), "FREQ009") == []


def test_late_twice_then_on_time_is_no_suggestion(site: Site) -> None:
    columns(site, NEWS)
    for days in (60, 18, 5):
        published(site, "news", days)
    assert only(run(site), "FREQ009") == []


def test_missed_periods_is_configurable(site: Site) -> None:
    columns(site, NEWS, head="missed_periods: 2\n")
    for days in (60, 18):
        published(site, "news", days)
    [finding] = only(run(site), "FREQ009")  # late in both of the last two periods
    assert "最近 2 个更新周期" in finding.message
    published(site, "news", 5)
    assert only(run(site), "FREQ009") == []  # on time all through the newest


def test_a_blank_column_is_left_to_freq004(site: Site) -> None:
    columns(site, NEWS, NOTICES)
    published(site, "news", 1)
    assert only(run(site), "FREQ009") == []
