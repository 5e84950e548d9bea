"""`gates sign` on the command line: exit 0 signed, 1 refused (one Chinese line), 2 bad config."""

from __future__ import annotations

import pytest

from gates.cli import main
from tests.signkit import Repo, keys_fixture, repo_fixture  # noqa: F401


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
