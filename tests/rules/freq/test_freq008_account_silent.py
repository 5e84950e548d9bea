"""FREQ008: a new-media account silent for more than 14 days — from its pages, its channel pages, its own feed."""

from __future__ import annotations

import pytest

from gates.actions.check import checked
from gates.actions.freshness import freshness
from gates.config import load_config
from gates.rules import freq
from tests.conftest import Site
from tests.feedserver import Reply, at, rss, serve
from tests.rules.freq.helpers import TODAY, ago, columns, only, published, run

NEWS = "id: news, name: 工作动态, kind: news, review: publishing, update_days: 14"


def account(feed: str = "") -> str:
    extra = f', feed: "{feed}"' if feed else ""
    return f"id: wechat, name: 江北发布, kind: newmedia, review: publishing, update_days: 14{extra}"


@pytest.mark.parametrize(("days", "silent"), [(14, False), (15, True)])
def test_account_pages_at_14_and_15_days(site: Site, days: int, silent: bool) -> None:
    columns(site, NEWS, account())
    published(site, "news", 1)
    published(site, "wechat", days, kind="newmedia", channel="wechat")
    found = only(run(site), "FREQ008")
    assert bool(found) is silent
    if silent:
        [finding] = found
        assert (finding.path, finding.line, finding.severity) == ("site_config/columns.yml", 3, "warning")
        assert "新媒体账号「江北发布」已 15 天未更新" in finding.message


def test_a_page_of_another_column_posted_to_the_account(site: Site) -> None:
    columns(site, NEWS, account())
    published(site, "wechat", 40, kind="newmedia")
    published(site, "news", 14, channel="wechat")
    assert only(run(site), "FREQ008") == []


def test_account_without_any_post(site: Site) -> None:
    columns(site, NEWS, account())
    published(site, "news", 1)
    [finding] = only(run(site), "FREQ008")
    assert "没有任何带发布日期的已发布内容" in finding.message


@pytest.mark.parametrize(("days", "silent"), [(14, False), (15, True)])
def test_feed_served_on_localhost_at_14_and_15_days(site: Site, days: int, silent: bool) -> None:
    """The account's pages in content/ are a month old; its own feed has the newer post."""
    body = rss(("江北发布｜区政务服务中心延时服务时间调整", at(ago(days))),
               ("江北发布｜秋季森林防火提示", at(ago(35))))
    with serve({"/mp/jiangbeifabu.xml": Reply(body)}) as server:
        columns(site, NEWS, account(server.url("/mp/jiangbeifabu.xml")))
        published(site, "news", 1)
        published(site, "wechat", 30, kind="newmedia")
        done = freshness(site.root, load_config(site.root), TODAY)
        assert server.requests == ["/mp/jiangbeifabu.xml"]
    assert done.freshness is not None
    row = done.freshness.row("wechat")
    assert row.last == ago(days) and row.last_from_feed
    found = only(done.result.findings, "FREQ008")
    assert bool(found) is silent
    if silent:
        assert found[0].severity == "error"  # a site-level condition is an error on the freshness schedule
        assert "来自订阅源" in found[0].message


def test_check_never_reads_the_feed(site: Site) -> None:
    body = rss(("江北发布｜今日要闻", at(ago(1))))
    with serve({"/f.xml": Reply(body)}) as server:
        columns(site, NEWS, account(server.url("/f.xml")))
        published(site, "news", 1)
        published(site, "wechat", 20, kind="newmedia")
        done = checked(site.root, load_config(site.root), freq.RULES, today=TODAY)
        assert server.requests == []
    [finding] = only(done.result.findings, "FREQ008")
    assert finding.severity == "warning" and "已 20 天未更新" in finding.message
