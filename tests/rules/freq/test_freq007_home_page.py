"""FREQ007: the home page shows something new at least every 14 days."""

from __future__ import annotations

from tests.conftest import Site
from tests.rules.freq.helpers import columns, only, published, run

NOTICES = "id: notices, name: 通知公告, kind: notice, review: publishing, update_days: 180"
POLICIES = "id: policies, name: 政策文件, kind: policy, review: disclosure, update_days: 180"


def home(site: Site) -> None:
    (site.root / "content" / "index.md").write_text("---\ntitle: 首页\n---\n", encoding="utf-8")


def test_fourteen_days_pass(site: Site) -> None:
    columns(site, NOTICES, POLICIES)
    home(site)
    published(site, "notices", 14, kind="notice")
    published(site, "policies", 50, kind="policy")
    assert only(run(site), "FREQ007") == []


def test_fifteen_days_fail(site: Site) -> None:
    columns(site, NOTICES, POLICIES)
    home(site)
    published(site, "notices", 15, kind="notice")
    published(site, "policies", 50, kind="policy")
    [finding] = only(run(site), "FREQ007")
    assert (finding.path, finding.line, finding.severity) == ("content/index.md", 1, "warning")
    assert "首页已 15 天没有新内容" in finding.message
    [error] = only(run(site, site_level="error"), "FREQ007")
    assert error.severity == "error"


def test_nothing_dated_at_all(site: Site) -> None:
    columns(site, NOTICES)
    published(site, "notices", None, kind="notice")
    [finding] = only(run(site), "FREQ007")
    assert finding.path == "site_config/columns.yml"  # this site has no home page file yet
    assert "没有任何带发布日期" in finding.message
