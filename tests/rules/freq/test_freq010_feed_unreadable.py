"""FREQ010: an account's feed that cannot be read is a warning; freshness then goes by the pages alone."""

from __future__ import annotations

from gates.actions.check import checked
from gates.actions.freshness import freshness
from gates.config import load_config
from gates.rules import freq
from tests.conftest import Site
from tests.feedserver import Reply, closed_port_url, serve
from tests.rules.freq.helpers import TODAY, ago, columns, only, published

NEWS = "id: news, name: 工作动态, kind: news, review: publishing, update_days: 14"


def account(feed: str) -> str:
    return f'id: wechat, name: 江北发布, kind: newmedia, review: publishing, update_days: 14, feed: "{feed}"'


def test_refused_connection_is_a_warning(site: Site) -> None:
    url = closed_port_url()
    columns(site, NEWS, account(url))
    published(site, "news", 1)
    published(site, "wechat", 3, kind="newmedia")
    done = freshness(site.root, load_config(site.root), TODAY)
    [finding] = only(done.result.findings, "FREQ010")
    assert (finding.severity, finding.line) == ("warning", 3)
    assert url in finding.message and "无法连接" in finding.message
    assert done.freshness is not None and done.freshness.row("wechat").last == ago(3)
    assert done.result.errors == 0


def test_not_found_feed(site: Site) -> None:
    with serve({}) as server:
        columns(site, NEWS, account(server.url("/gone.xml")))
        published(site, "news", 1)
        published(site, "wechat", 3, kind="newmedia")
        done = freshness(site.root, load_config(site.root), TODAY)
    [finding] = only(done.result.findings, "FREQ010")
    assert "HTTP 404" in finding.message


def test_offline_run_reads_nothing_and_reports_nothing(site: Site) -> None:
    with serve({"/f.xml": Reply(b"")}) as server:
        columns(site, NEWS, account(server.url("/f.xml")))
        published(site, "news", 1)
        done = freshness(site.root, load_config(site.root), TODAY, read_feeds=False)
        assert server.requests == []
    assert only(done.result.findings, "FREQ010") == []


def test_check_reads_no_feed_so_reports_none(site: Site) -> None:
    columns(site, NEWS, account(closed_port_url()))
    published(site, "news", 1)
    done = checked(site.root, load_config(site.root), freq.RULES, today=TODAY)
    assert only(done.result.findings, "FREQ010") == []
