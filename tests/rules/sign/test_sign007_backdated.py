"""SIGN007: record and config commits dated before the history they sit on."""

from __future__ import annotations

from pathlib import Path

from tests.signkit import PEOPLE, Repo, codes, keys_fixture, repo_fixture, roster_text  # noqa: F401


def test_a_backdated_approval_is_named_with_its_commit(repo: Repo) -> None:
    page = repo.page()
    forged = repo.approval(page, "wang", "drafter", date="2026-01-05T10:00:00+0800")
    found = [f for f in repo.check() if f.code == "SIGN007"]
    assert [(f.path, forged[:10] in f.message) for f in found] == [(page, True)]


def test_a_backdated_roster_change_is_named_and_not_trusted(repo: Repo, keys: dict[str, Path]) -> None:
    (repo.root / "site_config" / "roster.yml").write_text(roster_text(keys, [*PEOPLE, "mallory"]), encoding="utf-8")
    forged = repo.commit_all("名册加人", "chen", sign=True, date="2025-01-05T10:00:00+0800")
    found = repo.check()
    assert set(codes(found)) == {"SIGN004", "SIGN007"}
    assert all(forged[:10] in f.message for f in found)


def test_honest_dates_do_not_fire(repo: Repo) -> None:
    page = repo.page()
    repo.sign_chain(page, "wang", "li", "zhang")
    assert "SIGN007" not in codes(repo.check())
