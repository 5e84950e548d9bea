"""One pass over history, and a cache keyed by commit id that a rewrite cannot fool."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from gates.gitrecord import approvals, history
from tests.signkit import Repo, keys_fixture, repo_fixture  # noqa: F401


def test_reads_history_with_three_git_processes(repo: Repo, monkeypatch: pytest.MonkeyPatch) -> None:
    page = repo.page()
    repo.sign_chain(page, "wang", "li", "zhang")
    calls: list[list[str]] = []
    real = subprocess.run

    def spy(cmd: list[str], *args: object, **kwargs: object) -> object:
        calls.append(cmd)
        return real(cmd, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(history.subprocess, "run", spy)
    cold = approvals.build(repo.root)
    assert [c[1] for c in calls] == ["rev-parse", "-c", "cat-file"]  # rev-parse, log, cat-file
    calls.clear()
    warm = approvals.build(repo.root)
    assert len(calls) == 1  # HEAD known: rev-parse only
    assert warm.approvals == cold.approvals and len(cold.approvals[page]) == 3


def test_rewritten_commit_is_verified_afresh(repo: Repo) -> None:
    page = repo.page()
    repo.sign(page, "wang")
    assert approvals.build(repo.root).approvals[page][0].valid
    # Amend the signed approval without the key: new id, no signature, the cached verdict does not apply.
    repo.git("-c", "user.name=王晓", "-c", "user.email=wangxiao@example.gov.cn", "commit", "-q", "--amend",
             "--no-edit", "--no-gpg-sign")
    again = approvals.build(repo.root).approvals[page]
    assert len(again) == 1 and not again[0].valid and "没有 SSH 签名" in (again[0].problem or "")


def test_corrupt_cache_is_rebuilt(repo: Repo) -> None:
    page = repo.page()
    repo.sign(page, "wang")
    approvals.build(repo.root)
    (repo.root / ".git" / "gates" / "signoff-cache.json").write_text("{not json")
    assert approvals.build(repo.root).approvals[page][0].valid


def test_not_a_repository(tmp_path: Path) -> None:
    assert "不是 git 仓库" in (approvals.build(tmp_path).unavailable or "")


def test_repository_without_commits(tmp_path: Path) -> None:
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    assert "还没有任何提交" in (approvals.build(tmp_path).unavailable or "")


def test_subdirectory_of_a_repository_is_not_the_site(repo: Repo) -> None:
    assert "根目录" in (approvals.build(repo.root / "content").unavailable or "")
