"""FREQ005: the early warning, warn_days (default 3) before a column goes stale or the site fails."""

from __future__ import annotations

from tests.conftest import Site
from tests.rules.freq.helpers import ago, columns, only, published, run

NEWS = "id: news, name: 工作动态, kind: news, review: publishing, update_days: 14"
NOTICES = "id: notices, name: 通知公告, kind: notice, review: publishing, update_days: 180"


def test_three_days_left_warns_four_do_not(site: Site) -> None:
    columns(site, NEWS, NOTICES)
    published(site, "notices", 1, kind="notice")
    page = published(site, "news", 10)
    assert only(run(site), "FREQ005") == []
    (site.root / page).unlink()
    published(site, "news", 11)
    [finding] = only(run(site), "FREQ005")
    assert finding.severity == "warning" and finding.line == 2
    assert "栏目「工作动态」还有 3 天" in finding.message
    assert f"请在 {ago(-3).isoformat()} 前 (含当天) 发布" in finding.message


def test_the_last_day(site: Site) -> None:
    columns(site, NEWS, NOTICES)
    published(site, "notices", 1, kind="notice")
    published(site, "news", 14)
    messages = [f.message for f in only(run(site), "FREQ005")]
    assert any("今天是最后一天" in m and "工作动态" in m for m in messages)


def test_warn_days_is_configurable(site: Site) -> None:
    columns(site, NEWS, NOTICES, head="warn_days: 5\n")
    published(site, "notices", 1, kind="notice")
    published(site, "news", 9)
    assert any("还有 5 天" in f.message for f in only(run(site), "FREQ005"))


def test_a_stale_column_is_not_due_soon(site: Site) -> None:
    columns(site, NEWS, NOTICES)
    published(site, "notices", 1, kind="notice")
    published(site, "news", 15)
    assert only(run(site), "FREQ005") == []


def test_site_level_early_warning_at_its_boundary(site: Site) -> None:
    """Only six-month columns here, so the home page's 14 days are the first site-level condition to come."""
    columns(site, NOTICES, "id: policies, name: 政策文件, kind: policy, review: disclosure, update_days: 180")
    (site.root / "content" / "index.md").write_text("---\ntitle: 首页\n---\n", encoding="utf-8")
    published(site, "policies", 60, kind="policy")
    page = published(site, "notices", 10, kind="notice")
    assert only(run(site), "FREQ005") == []
    (site.root / page).unlink()
    published(site, "notices", 11, kind="notice")
    [finding] = only(run(site), "FREQ005")
    assert finding.path == "content/index.md"
    assert "站点还有 3 天" in finding.message and "首页超过 14 天没有新内容" in finding.message
