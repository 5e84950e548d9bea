"""`gates freshness` and the freshness table in `gates check`: exit codes, --today, the table, formats, feeds."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from gates.cli import main
from gates.report.freshness import width
from tests.conftest import Site
from tests.feedserver import Reply, at, rss, serve
from tests.rules.freq import helpers
from tests.rules.freq.helpers import ago, columns


def gates(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GATES_CACHE_KEY_FILE": str(cwd.parent / "cache-mac.key")}
    return subprocess.run([sys.executable, "-m", "gates", *args], cwd=cwd, capture_output=True, text=True,
                          check=False, env=env)


@pytest.fixture(scope="module")
def published(demo: Path) -> dict[str, dt.date]:
    """The newest publication date in the demo site, overall ("") and per column folder. The demo's dates come
    from its generator, so the tests count days from them rather than from calendar days written here."""
    newest: dict[str, dt.date] = {}
    for page in (demo / "content").rglob("*.md"):
        found = re.search(r"^date: (\d{4}-\d{2}-\d{2})$", page.read_text(encoding="utf-8"), re.M)
        if found:
            day = dt.date.fromisoformat(found.group(1))
            for key in ("", page.parent.name):
                newest[key] = max(newest.get(key, day), day)
    return newest


def after(newest: dict[str, dt.date], days: int, folder: str = "") -> str:
    return (newest[folder] + dt.timedelta(days=days)).isoformat()


def test_the_demo_is_fresh_on_its_last_publication_day(demo: Path, published: dict[str, dt.date]) -> None:
    proc = gates(demo, "freshness", "--today", after(published, 0), "--offline")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.startswith(f"栏目更新情况 (截至 {after(published, 0)}，提前 3 天预警)")
    for name in ("工作动态", "通知公告", "政策文件", "人事信息", "微信公众号", "首页"):
        assert re.search(rf"^{name}\s", proc.stdout, re.M), name
    assert "站点：单项否决条件均未触发" in proc.stdout


def test_a_site_level_condition_exits_1_in_freshness_but_0_in_check(demo: Path, published: dict[str, dt.date]) -> None:
    today = after(published, 15)
    proc = gates(demo, "freshness", "--today", today, "--offline", "--format", "json")
    assert proc.returncode == 1, proc.stderr
    doc = json.loads(proc.stdout)
    errors = {f["code"] for f in doc["findings"] if f["severity"] == "error"}
    assert errors == {"FREQ007", "FREQ008"}  # 15 days after the last page: the home page and the account
    table = doc["freshness"]
    assert table["today"] == today
    assert {c["key"]: c["met"] for c in table["conditions"]} == {
        "news_policy": False, "stale": False, "blank": False, "home": True, "newmedia": True}
    news = next(c for c in table["columns"] if c["id"] == "news")
    since = (dt.date.fromisoformat(today) - published["news"]).days
    assert (news["days_since"], news["days_left"], news["status"]) == (since, 14 - since, "stale")
    check = gates(demo, "check", "--today", today, "--select", "FREQ", "--format", "json")
    assert check.returncode == 0, check.stdout
    assert {f["severity"] for f in json.loads(check.stdout)["findings"] if f["code"] in ("FREQ007", "FREQ008")} == {
        "warning"}


def test_the_table_is_aligned_for_chinese_text(demo: Path, published: dict[str, dt.date]) -> None:
    out = gates(demo, "freshness", "--today", after(published, 5, "news"), "--offline").stdout
    lines = out.splitlines()
    table = lines[1:lines.index(next(line for line in lines if line.startswith("单项否决条件")))]
    starts = set()
    for line in table:
        match = re.search(r"\d{4}-\d{2}-\d{2}|最近更新", line)
        assert match, line
        starts.add(width(line[:match.start()]))
    assert len(starts) == 1, table  # the 最近更新 column starts at one display column on every row
    assert re.search(rf"^工作动态\s.*{published['news']}\s+5 天\s+9 天\s+正常", out, re.M)


def test_early_warning_in_the_table_and_findings(demo: Path, published: dict[str, dt.date]) -> None:
    out = gates(demo, "freshness", "--today", after(published, 11, "news"), "--offline").stdout
    assert re.search(r"^工作动态\s.*11 天\s+3 天\s+即将到期", out, re.M)
    assert "FREQ005 警告 栏目「工作动态」还有 3 天" in out
    early = gates(demo, "freshness", "--today", after(published, 10, "news"), "--offline").stdout
    assert "栏目「工作动态」还有" not in early
    wider = gates(demo, "freshness", "--today", after(published, 10, "news"), "--offline", "--warn-days", "4").stdout
    assert "栏目「工作动态」还有 4 天" in wider


def test_check_prints_the_table_first_when_it_checks_the_whole_site(demo: Path, published: dict[str, dt.date]) -> None:
    out = gates(demo, "check", "--today", after(published, 0), "--stage", "content").stdout
    assert out.startswith(f"栏目更新情况 (截至 {after(published, 0)}")
    assert out.rstrip().splitlines()[-1].startswith("检查 ")
    some = gates(demo, "check", "--today", after(published, 30), "--stage", "content", "content/news").stdout
    assert "栏目更新情况" not in some and "FREQ004" not in some
    whole = gates(demo, "check", "--today", after(published, 30), "--stage", "content", "content").stdout
    assert whole.startswith("栏目更新情况") and "FREQ004" in whole


def test_today_is_documented_in_help(capsys: pytest.CaptureFixture[str]) -> None:
    for command in ("check", "freshness"):
        assert main([command, "--help"]) == 0
        assert "--today YYYY-MM-DD" in capsys.readouterr().out


def test_bad_arguments_exit_2(site: Site, capsys: pytest.CaptureFixture[str]) -> None:
    root = str(site.root)
    assert main(["freshness", "--root", root, "--today", "2026-13-01"]) == 2
    assert main(["freshness", "--root", root, "--warn-days", "-1"]) == 2
    assert main(["freshness", "--root", root, "--offline", "--timeout", "0"]) == 2
    err = capsys.readouterr().err
    assert "2026-13-01" in err and "-1" in err and "--timeout" in err


def test_a_column_without_kind_is_a_config_error_everywhere(site: Site) -> None:
    columns(site, "id: news, name: 工作动态, review: publishing, update_days: 14")
    for args in (("check",), ("freshness", "--offline")):
        proc = gates(site.root, *args)
        assert proc.returncode == 2 and proc.stdout == ""
        assert proc.stderr.count("\n") == 1 and "columns[0].kind" in proc.stderr


def test_freshness_reads_the_account_feed_from_localhost(site: Site) -> None:
    body = rss(("江北发布｜冬季供暖服务热线开通", at(ago(2))))
    with serve({"/wechat/feed.xml": Reply(body)}) as server:
        columns(site, "id: news, name: 工作动态, kind: news, review: publishing, update_days: 14",
                f'id: wechat, name: 江北发布, kind: newmedia, review: publishing, update_days: 14, '
                f'feed: "{server.url("/wechat/feed.xml")}"')
        helpers.published(site, "news", 1)
        helpers.published(site, "wechat", 40, kind="newmedia")
        proc = gates(site.root, "freshness", "--today", "2026-11-25")
        assert server.requests == ["/wechat/feed.xml"]
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert re.search(r"^江北发布\s+wechat\s.*2026-11-23\*\s+2 天\s+12 天\s+正常", proc.stdout, re.M)
    assert "* 最近更新来自该账号的订阅源" in proc.stdout


def test_gitlab_format_from_the_command_line(demo: Path, published: dict[str, dt.date]) -> None:
    proc = gates(demo, "freshness", "--today", after(published, 15), "--offline", "--format", "gitlab")
    assert proc.returncode == 1
    issues = json.loads(proc.stdout)
    assert {i["check_name"] for i in issues if i["severity"] == "blocker"} == {"FREQ007", "FREQ008"}
