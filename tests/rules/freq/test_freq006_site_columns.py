"""FREQ006: the counted site-level conditions, each at its boundary; a warning in check, an error in freshness."""

from __future__ import annotations

import pytest

from tests.conftest import Site
from tests.rules.freq.helpers import columns, only, published, run

NEWS_NAMES = ("工作动态", "部门动态", "镇街动态", "图片新闻", "媒体聚焦", "基层动态")
OTHER_KINDS = ("personnel", "plan", "overview", "interaction")


def build(site: Site, news_stale: int, notice_stale: int, others_stale: int = 0, blank: int = 0) -> None:
    """Six news columns, six notice/policy columns and twelve year-long ones, the first few of each stale."""
    rows = []
    for i, name in enumerate(NEWS_NAMES):
        rows.append(f"id: news{i}, name: {name}, kind: news, review: publishing, update_days: 14")
        published(site, f"news{i}", 15 if i < news_stale else 14)
    for i in range(6):
        kind = "notice" if i % 2 else "policy"
        rows.append(f"id: doc{i}, name: 文件{i}, kind: {kind}, review: disclosure, update_days: 180")
        published(site, f"doc{i}", 181 if i < notice_stale else 180, kind=kind)
    for i in range(12):
        kind = OTHER_KINDS[i % 4]
        rows.append(f"id: other{i}, name: 信息{i}, kind: {kind}, review: disclosure, update_days: 365")
        published(site, f"other{i}", 366 if i < others_stale else 365, kind=kind)
    for i in range(blank):
        rows.append(f"id: blank{i}, name: 专题{i}, kind: overview, review: publishing, update_days: 365")
    columns(site, *rows)


def test_news_and_notice_policy_at_four(site: Site) -> None:
    build(site, news_stale=3, notice_stale=1)
    assert only(run(site), "FREQ006") == []


def test_news_and_notice_policy_at_five(site: Site) -> None:
    build(site, news_stale=3, notice_stale=2)
    [finding] = only(run(site), "FREQ006")
    assert finding.severity == "warning"
    assert "合计 5 个，达到 5 个即否决" in finding.message
    assert "栏目「工作动态」" in finding.message and "栏目「文件1」" in finding.message


def test_an_error_where_freshness_runs_it(site: Site) -> None:
    build(site, news_stale=5, notice_stale=0)
    [finding] = only(run(site, site_level="error"), "FREQ006")
    assert finding.severity == "error"


@pytest.mark.parametrize(("others", "fires"), [(5, False), (6, True)])
def test_stale_of_any_kind_at_nine_and_ten(site: Site, others: int, fires: bool) -> None:
    build(site, news_stale=2, notice_stale=2, others_stale=others)
    found = only(run(site), "FREQ006")
    assert bool(found) is fires
    if fires:
        [finding] = found
        assert "超期未更新的栏目" in finding.message and "10 个" in finding.message


@pytest.mark.parametrize(("blank", "fires"), [(4, False), (5, True)])
def test_blank_at_four_and_five(site: Site, blank: int, fires: bool) -> None:
    build(site, news_stale=0, notice_stale=0, blank=blank)
    found = only(run(site), "FREQ006")
    assert bool(found) is fires
    if fires:
        assert "空白栏目" in found[0].message and "专题4" in found[0].message
