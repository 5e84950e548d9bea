"""`gates rescan` from the command line: every output format, the officer's HTML report, clear refusals, and the
signed re-check record (复查记录) made only by a 复查专人."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from gates import rules
from gates.cli import main
from gates.domain.signoff import parse_trailers
from gates.report import FORMATS
from tests.detect.helpers import make_id
from tests.rescankit import Published, page_html, published_fixture  # noqa: F401
from tests.signkit import Repo, add_rechecker, keys_fixture, repo_fixture  # noqa: F401
from tests.webkit import net_guard_fixture  # noqa: F401

ID_NUMBER = make_id("50010519800512301")


def _problem_site(published: Published) -> None:
    published.home("a/")
    published.write("news/a/index.html", page_html(
        "关于2026年第一季度高龄津贴发放名单的公示",
        f'<table><tr><td>张某某</td><td>{ID_NUMBER}</td></tr></table><p><a href="../b/">补充名单</a></p>'))


def _run(published: Published, *args: str) -> int:
    return main(["rescan", str(published.folder), "--root", str(published.root), "--no-external",
                 "--today", "2026-04-01", *args])


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_reports_the_problems_and_exit_1(published: Published, fmt: str, net_guard: object,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    _problem_site(published)
    assert _run(published, "--format", fmt) == 1
    out = capsys.readouterr().out
    assert "SEC002" in out and "LINK001" in out
    assert ID_NUMBER not in out
    if fmt == "json":
        doc = json.loads(out)
        assert doc["summary"] == {"files": 3, "errors": 2, "warnings": 0}
        assert {f["code"] for f in doc["findings"]} == {"SEC002", "LINK001"}


def test_a_clean_site_exits_0(published: Published, net_guard: object, capsys: pytest.CaptureFixture[str]) -> None:
    published.home("a/")
    published.write("news/a/index.html", page_html("区政府召开常务会议", "<p>会议研究了安全生产工作。</p>"))
    assert _run(published) == 0
    captured = capsys.readouterr()
    assert "0 个错误" in captured.out
    assert "未提供构建清单" in captured.err  # what was not checked is said, not hidden


def test_the_html_report_is_self_contained_chinese_and_links_the_pages(published: Published, tmp_path: Path,
                                                                        net_guard: object,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    _problem_site(published)
    report = tmp_path / "复查报告.html"
    assert _run(published, "--html", str(report)) == 1
    page = report.read_text(encoding="utf-8")
    assert '<html lang="zh-CN">' in page and "网站复查报告" in page
    assert '<div class="card error"><b>2</b>错误</div>' in page
    for rule in (rules.by_code("SEC002"), rules.by_code("LINK001")):
        assert rule is not None
        assert f'<h2 id="{rule.code}">{rule.summary}' in page  # one table per kind of problem, in plain words
    # Links go to the page's public address, and nothing is loaded from anywhere: no script, no stylesheet link.
    assert '<a href="https://www.cqjb.gov.cn/news/a/">' in page
    assert "<script" not in page and "<link" not in page and not re.search(r'\ssrc=', page)
    assert ID_NUMBER not in page


def test_bad_input_is_one_line_and_exit_2(published: Published, tmp_path: Path, net_guard: object,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    published.home()
    root = str(published.root)
    assert main(["rescan", str(tmp_path / "no-such-site"), "--root", root]) == 2
    bad = tmp_path / "manifest.json"
    bad.write_text('{"version": 1, "commit": "x", "files": {"../../etc/passwd": {}}}', encoding="utf-8")
    assert _run(published, "--manifest", str(bad)) == 2
    assert _run(published, "--ignore-url", "(") == 2
    assert main(["rescan", "--root", root, "--timeout", "0"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 4 and all(line.startswith("gates") for line in err)
    assert "Traceback" not in "".join(err)


def test_check_never_runs_the_rescan_rules() -> None:
    assert not [r for r in rules.select() if r.stage == "rescan"]
    assert not [r for r in rules.select(["LINK", "PUB"]) if r.stage == "rescan"]
    assert {r.family for r in rules.RULES if r.stage == "rescan"} == {"LINK", "PUB", "SRC"}  # SRC006-SRC009: feeds


def test_the_rescan_imports_every_family_that_holds_a_rule_it_runs() -> None:
    # It imports only RESCAN_FAMILIES (start-up): a rule added elsewhere that reads rendered pages must not be
    # silently left out of the re-check.
    from gates.actions.rescan import rescan_rule_sets

    content_rules, rescan_rules = rescan_rule_sets()
    assert content_rules == [r for r in rules.RULES if r.stage == "content" and "html" in r.targets]
    assert rescan_rules == [r for r in rules.RULES if r.stage == "rescan"]
    assert {r.family for r in content_rules} == {"AD", "SEC", "TERM"}


def test_a_rescan_imports_only_the_families_it_runs(published: Published) -> None:
    # Start-up is a third of a 500-page folder's re-scan: the families it does not run, and the approval index
    # (git history), stay unimported. Its findings are still every rule's (the test above).
    _problem_site(published)
    probe = ("import sys; from gates.cli import main; "
             f"code = main(['rescan', {str(published.folder)!r}, '--root', {str(published.root)!r}, '--no-external', "
             "'--format', 'json', '--jobs', '1']); "
             "print(sorted(m for m in sys.modules if m.startswith('gates.')), file=sys.stderr); sys.exit(code)")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False)
    assert done.returncode == 1, done.stderr
    loaded = done.stderr.strip().splitlines()[-1]
    assert "'gates.rules.sec'" in loaded and "'gates.rules.link'" in loaded and '"SEC002"' in done.stdout
    assert not [m for m in ("gates.rules.fm", "gates.rules.attr", "gates.rules.freq", "gates.rules.sign",
                            "gates.domain.approvals") if f"'{m}'" in loaded], loaded


# ---- the re-check record ---------------------------------------------------------------------------------


def _site_in(repo: Repo) -> None:
    folder = repo.root / "site"
    (folder / "news").mkdir(parents=True)
    (folder / "index.html").write_text(page_html("首页", "<p>欢迎访问。</p>", pubdate="-"), encoding="utf-8")
    (folder / "news/index.html").write_text(page_html("工作动态", "<p>暂无文章。</p>", pubdate="-"), encoding="utf-8")
    (repo.root / ".gitignore").write_text("site/\n", encoding="utf-8")
    repo.commit_all("忽略构建目录", "wang")


def _record(repo: Repo, report: Path) -> int:
    return main(["rescan", str(repo.root / "site"), "--root", str(repo.root), "--no-external",
                 "--today", "2026-04-01", "--html", str(report), "--record"])


def test_a_rechecker_records_a_signed_empty_commit(repo: Repo, tmp_path: Path, net_guard: object,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    key = add_rechecker(repo, tmp_path)
    _site_in(repo)
    repo.git("config", "user.name", "钱进")
    repo.git("config", "user.email", "qianjin@example.gov.cn")
    repo.git("config", "user.signingkey", str(key))
    repo.page("content/news/b.md", commit=False)
    repo.git("add", "content/news/b.md")  # staged work of the officer's own must not ride along
    before = repo.head()
    report = tmp_path / "report.html"
    assert _record(repo, report) == 0
    after = repo.head()
    assert repo.git("rev-parse", f"{after}^").strip() == before
    assert repo.git("diff", "--name-only", before, after) == ""  # empty: the record changes no file
    assert "content/news/b.md" in repo.git("diff", "--cached", "--name-only")
    message = repo.git("log", "-1", "--format=%B")
    digest = hashlib.sha256(report.read_bytes()).hexdigest()
    for trailer in ("Gates-Recheck: v1", f"Gates-Report-Hash: sha256:{digest}", "Gates-Errors: 0",
                    "Gates-Warnings: 0", "Gates-Pages: 2"):
        assert trailer in message.splitlines()
    assert message.startswith("复查: ") and "复查专人 钱进" in message
    assert repo.git("log", "-1", "--format=%an <%ae>").strip() == "钱进 <qianjin@example.gov.cn>"
    signers = tmp_path / "allowed"
    signers.write_text(f"qianjin@example.gov.cn {Path(f'{key}.pub').read_text()}", encoding="utf-8")
    repo.git("-c", f"gpg.ssh.allowedSignersFile={signers}", "verify-commit", after)
    assert parse_trailers(message) is None  # never read as an approval


def test_only_a_rechecker_may_record(repo: Repo, tmp_path: Path, net_guard: object,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    _site_in(repo)
    repo.as_user("chen")  # a principal, but not a 复查专人
    before = repo.head()
    assert _record(repo, tmp_path / "report.html") == 1
    assert "不持有复查专人角色" in capsys.readouterr().err
    assert repo.head() == before


def test_a_rechecker_is_never_a_tier_of_a_sign_off_chain(capsys: pytest.CaptureFixture[str]) -> None:
    forged = ("审签: content/news/a.md\n\nGates-Approval: v1\nGates-Path: content/news/a.md\n"
              "Gates-Role: rechecker\nGates-Unit: qzfb\nGates-Content-Hash: sha256:" + "0" * 64 + "\n")
    assert parse_trailers(forged) == "审签角色 'rechecker' 无效"
    assert main(["sign", "content/news/a.md", "--role", "rechecker"]) == 2


def test_the_html_report_carries_the_freshness_table(published: Published, tmp_path: Path, net_guard: object) -> None:
    published.site.page("content/news/a.md", status="published", date="2026-03-30")
    _problem_site(published)
    report = tmp_path / "report.html"
    _run(published, "--html", str(report))
    page = report.read_text(encoding="utf-8")
    assert "栏目更新情况 (截至 2026-04-01)" in page
    assert "<td>工作动态</td><td class=\"n\">14 天</td><td>2026-03-30</td><td class=\"n\">12</td><td>正常</td>" in page
