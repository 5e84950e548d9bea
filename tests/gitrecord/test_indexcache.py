"""The finished index is reused only while HEAD, the site_config files and the code are what it was built from."""

from __future__ import annotations

from pathlib import Path

import pytest

from gates.gitrecord import approvals, history, indexcache
from tests.signkit import Repo, keys_fixture, repo_fixture, roster_text  # noqa: F401


def _count_rebuilds(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    built: list[str] = []
    real = approvals.from_history

    def spy(hist: history.History) -> approvals.Index:
        built.append(hist.head)
        return real(hist)

    monkeypatch.setattr(approvals, "from_history", spy)
    return built


def test_warm_run_with_unchanged_head_reads_no_history(repo: Repo, monkeypatch: pytest.MonkeyPatch) -> None:
    page = repo.page()
    repo.sign_chain(page, "wang", "li")
    cold = approvals.build(repo.root)

    def no_history(*args: object, **kwargs: object) -> history.History:
        raise AssertionError("history read although the index was cached")

    monkeypatch.setattr(history, "load", no_history)
    warm = approvals.build(repo.root)
    assert warm == cold and [a.trailers.role for a in warm.approvals[page]] == ["drafter", "section_head"]


def test_the_cached_index_equals_a_fresh_one(repo: Repo, keys: dict[str, Path]) -> None:
    # Valid and invalid approvals, and a config problem: every field must survive the round trip.
    page = repo.page()
    repo.sign(page, "wang")
    repo.approval(page, "li", "section_head", sign=False)
    (repo.root / "site_config" / "roster.yml").write_text(roster_text(keys, ["wang", "li"]), encoding="utf-8")
    repo.commit_all("名册改动", "li", sign=True)
    fresh = approvals.build(repo.root, use_cache=False)
    approvals.build(repo.root)
    warm = approvals.build(repo.root)
    assert warm == fresh
    assert fresh.config_problems and any(not a.valid for a in fresh.approvals[page])


def test_a_new_head_is_not_served_the_old_index(repo: Repo, monkeypatch: pytest.MonkeyPatch) -> None:
    page = repo.page()
    repo.sign(page, "wang")
    assert len(approvals.build(repo.root).approvals[page]) == 1
    built = _count_rebuilds(monkeypatch)
    repo.sign(page, "li")
    assert len(approvals.build(repo.root).approvals[page]) == 2
    assert built == [repo.head()]


def test_a_rewritten_head_is_not_served_the_old_index(repo: Repo) -> None:
    page = repo.page()
    repo.sign(page, "wang")
    assert approvals.build(repo.root).approvals[page][0].valid
    repo.git("-c", "user.name=王晓", "-c", "user.email=wangxiao@example.gov.cn", "commit", "-q", "--amend",
             "--no-edit", "--no-gpg-sign")
    again = approvals.build(repo.root).approvals[page]
    assert len(again) == 1 and not again[0].valid


def test_a_changed_roster_file_rebuilds(repo: Repo, keys: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    page = repo.page()
    repo.sign(page, "wang")
    approvals.build(repo.root)
    built = _count_rebuilds(monkeypatch)
    approvals.build(repo.root)
    assert built == []
    # Edited in the working tree, not committed: same HEAD, still no reuse of an index built under another roster.
    (repo.root / "site_config" / "roster.yml").write_text(roster_text(keys, ["wang", "li"]), encoding="utf-8")
    approvals.build(repo.root)
    assert len(built) == 1


def test_other_code_or_a_corrupt_file_rebuilds(repo: Repo, monkeypatch: pytest.MonkeyPatch) -> None:
    page = repo.page()
    repo.sign(page, "wang")
    approvals.build(repo.root)
    built = _count_rebuilds(monkeypatch)
    monkeypatch.setattr(indexcache, "_code_print", "another version of gates")
    assert approvals.build(repo.root).approvals[page][0].valid
    assert len(built) == 1
    (repo.root / ".git" / "gates" / indexcache.FILE).write_text("{not json")
    assert approvals.build(repo.root).approvals[page][0].valid
    assert len(built) == 2
    stored = indexcache.load(repo.root / ".git", indexcache.key(repo.root, repo.head()))
    assert stored is not None
    indexcache.save(repo.root / ".git", indexcache.key(repo.root, repo.head()), {"approvals": {page: [["x"]]}})
    assert approvals.build(repo.root).approvals[page][0].valid  # a malformed entry is rebuilt, not trusted
    assert len(built) == 3


def test_no_cache_asked_for_writes_none(repo: Repo) -> None:
    page = repo.page()
    repo.sign(page, "wang")
    (repo.root / ".git" / "gates" / indexcache.FILE).unlink(missing_ok=True)  # `gates sign` checked with it
    approvals.build(repo.root, use_cache=False)
    assert not (repo.root / ".git" / "gates" / indexcache.FILE).exists()


def test_the_cached_index_is_the_index(repo: Repo) -> None:
    """Every field of every approval survives the cache: a field the codec forgot is a verdict changed."""
    page = repo.page()
    repo.sign_chain(page, "wang", "li", "zhang")
    fresh = approvals.build(repo.root, use_cache=False)
    approvals.build(repo.root)
    assert approvals.build(repo.root) == fresh
    final = fresh.approvals[page][-1].trailers
    assert final.time and final.decision == "published" and final.version == "v2"
