"""FREQ004: a column past its own update_days, or blank — a warning (publishing is the fix)."""

from __future__ import annotations

import pytest

from tests.conftest import Site
from tests.rules.freq.helpers import columns, only, published, run

NEWS = "id: news, name: 工作动态, kind: news, review: publishing, update_days: 14"
NOTICES = "id: notices, name: 通知公告, kind: notice, review: publishing, update_days: 180"


@pytest.mark.parametrize(("row", "column", "kind", "days", "stale"), [
    (NEWS, "news", "news", 14, False), (NEWS, "news", "news", 15, True),
    (NOTICES, "notices", "notice", 180, False), (NOTICES, "notices", "notice", 181, True),
])
def test_stale_one_day_after_its_update_days(site: Site, row: str, column: str, kind: str, days: int,
                                            stale: bool) -> None:
    columns(site, row)
    published(site, column, days, kind=kind)
    found = only(run(site), "FREQ004")
    assert bool(found) is stale
    if stale:
        [finding] = found
        assert finding.severity == "warning"
        assert (finding.path, finding.line) == ("site_config/columns.yml", 2)
        assert f"已 {days} 天未更新" in finding.message and f"更新周期 {days - 1} 天" in finding.message


def test_blank_column(site: Site) -> None:
    columns(site, NEWS, NOTICES)
    published(site, "news", 2)
    [finding] = only(run(site), "FREQ004")
    assert "栏目「通知公告」是空白栏目" in finding.message


def test_only_published_public_pages_count(site: Site) -> None:
    columns(site, NEWS, NOTICES)
    published(site, "news", 2)
    site.page("content/notices/draft.md", title="关于征求意见的通知")  # a draft
    published(site, "notices", 3, kind="notice", status="withdrawn",
              withdrawal="{reason: 内容有误，已撤回, date: 2026-11-24}")
    published(site, "notices", 4, kind="notice", disclosure="依申请公开",
              disclosure_reason="属于行政机关内部事务信息，依据《中华人民共和国政府信息公开条例》第十六条")
    [finding] = only(run(site), "FREQ004")
    assert "空白栏目" in finding.message and "通知公告" in finding.message


def test_a_page_without_a_date_is_not_an_update(site: Site) -> None:
    columns(site, NEWS)
    published(site, "news", None)
    [finding] = only(run(site), "FREQ004")
    assert "1 个已发布页面都没有发布日期" in finding.message


def test_not_judged_on_a_run_over_some_pages(site: Site) -> None:
    """The pre-commit stage sees a few staged pages: it must not call the other columns blank."""
    columns(site, NEWS, NOTICES)
    published(site, "news", 40)
    assert only(run(site, whole_site=False), "FREQ004") == []


def test_account_column_counts_channel_pages(site: Site) -> None:
    columns(site, NEWS, "id: wechat, name: 微信公众号, kind: newmedia, review: publishing, update_days: 7")
    published(site, "news", 3, channel="wechat")
    published(site, "wechat", 20, kind="newmedia", channel="wechat")
    assert only(run(site), "FREQ004") == []
