"""`gates sign` on the command line: exit 0 signed, 1 refused (one Chinese line), 2 bad config."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from gates.cli import main
from tests.conftest import PROJECT
from tests.signkit import Repo, keys_fixture, repo_fixture, roster_text  # noqa: F401


def test_sign_then_check(repo: Repo, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    page = repo.page()
    monkeypatch.chdir(repo.root)
    for who in ("wang", "li", "zhang"):
        repo.as_user(who)
        assert main(["sign", page]) == 0
    assert "已签发" in capsys.readouterr().out
    assert main(["check"]) == 0


def test_refusal_exits_1_with_a_chinese_line(repo: Repo, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    page = repo.page()
    monkeypatch.chdir(repo.root)
    repo.as_user("zhou")
    head = repo.head()
    assert main(["sign", page, "--role", "drafter"]) == 1
    err = capsys.readouterr().err
    assert "拒绝审签" in err and "外包" in err and len(err.strip().splitlines()) == 1
    assert repo.head() == head and repo.status() == ""


def test_missing_page_is_refused(repo: Repo, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(repo.root)
    repo.as_user("wang")
    assert main(["sign", "content/news/none.md"]) == 1


def test_published_page_without_approvals_fails_check(repo: Repo, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    repo.page(status="published", date="2026-01-05")
    monkeypatch.chdir(repo.root)
    assert main(["check", "--format", "json"]) == 1
    assert "SIGN001" in capsys.readouterr().out
    assert main(["check", "--stage", "content"]) == 0


def test_bad_role_is_usage_error(repo: Repo, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(repo.root)
    assert main(["sign", "content/news/a.md", "--role", "boss"]) == 2


def test_sign_outside_a_git_repository_is_one_line_not_a_traceback(
        tmp_path: Path, keys: dict[str, Path], monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    site = tmp_path / "site"
    (site / "content" / "news").mkdir(parents=True)
    shutil.copytree(PROJECT / "site_config", site / "site_config")
    (site / "site_config" / "roster.yml").write_text(roster_text(keys), encoding="utf-8")
    page = site / "content" / "news" / "a.md"
    page.write_text("---\ntitle: 标题\ncolumn: news\nunit: qzfb\ndisclosure: 主动公开\nstatus: draft\n---\n正文\n",
                    encoding="utf-8")
    gitconfig = tmp_path / "gitconfig"
    gitconfig.write_text(f"[user]\n\temail = wangxiao@example.gov.cn\n\tsigningkey = {keys['wang']}\n")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(gitconfig))
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    monkeypatch.chdir(site)
    assert main(["sign", "content/news/a.md"]) == 1
    err = capsys.readouterr().err
    assert "拒绝审签" in err and "git" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert page.read_text(encoding="utf-8").endswith("正文\n") and "signers" not in page.read_text(encoding="utf-8")
