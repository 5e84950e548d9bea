"""Attacks through git itself, as a hostile editor with push rights (and no principal's key) would make them.

Each attack is performed with real git, real ssh-keygen keys and real signed commits, and must make
`gates check` fail with a finding that names the file and the commit.
"""

from __future__ import annotations

from pathlib import Path

from tests.signkit import PEOPLE, TODAY, Repo, codes, keys_fixture, repo_fixture, roster_text  # noqa: F401

NOW_PLUS = "2099-01-01"


def publish(repo: Repo, page: str, at: str | None = None) -> None:
    repo.write(page, repo.read(page).replace("status: draft", f"status: published\ndate: {NOW_PLUS}"))
    repo.commit_all("发布", "wang", date=at)


def merge(repo: Repo, branch: str, message: str = "合并", at: str | None = None) -> str:
    env = {"GIT_AUTHOR_DATE": at, "GIT_COMMITTER_DATE": at} if at else None
    repo.git("-c", "user.name=马洛", "-c", "user.email=mallory@example.com", "merge", "-q", "--no-ff",
             "--no-commit", branch, env=env)
    return message


def commit_merge(repo: Repo, message: str, at: str | None = None) -> str:
    env = {"GIT_AUTHOR_DATE": at, "GIT_COMMITTER_DATE": at} if at else None
    repo.git("-c", "user.name=马洛", "-c", "user.email=mallory@example.com", "commit", "-q", "--no-gpg-sign",
             "-m", message, env=env)
    return repo.head()


# ---- door 1: a merge that rolls the roster back ------------------------------------------------------


def test_a_merge_cannot_roll_the_roster_back_to_before_a_revocation(repo: Repo, keys: dict[str, Path]) -> None:
    roster = repo.root / "site_config" / "roster.yml"
    with_mallory = roster_text(keys, [*PEOPLE, "mallory"])
    roster.write_text(with_mallory, encoding="utf-8")
    repo.commit_all("名册：马洛任分管领导", "chen", sign=True)
    trusted_with_mallory = repo.head()
    roster.write_text(roster_text(keys), encoding="utf-8")
    repo.commit_all("名册：免去马洛", "chen", sign=True)  # the revocation, signed by the principal
    assert repo.check() == []

    # Mallory: a branch from when the roster still trusted her, merged back with that roster.
    repo.git("checkout", "-q", "-b", "old", trusted_with_mallory)
    repo.page("content/news/other.md")
    repo.git("checkout", "-q", "main")
    merge(repo, "old")
    roster.write_text(with_mallory, encoding="utf-8")
    repo.git("add", "-A")
    rollback = commit_merge(repo, "合并 old")
    page = repo.page()
    repo.sign(page, "wang")
    repo.sign(page, "li")
    repo.approval(page, "mallory", "deputy")
    publish(repo, page)
    # ... and hides the rollback by restoring today's roster.
    roster.write_text(roster_text(keys), encoding="utf-8")
    repo.commit_all("恢复名册", "wang")

    found = repo.check()
    sign001 = [f for f in found if f.code == "SIGN001"]
    assert sign001 and sign001[0].path == page
    assert "mallory@example.com 不在当时的名册中" in sign001[0].message
    # While the rolled-back roster is in the tree, the merge itself is named.
    repo.git("checkout", "-q", rollback)
    named = [f for f in repo.check() if f.code == "SIGN004"]
    assert named and named[0].path == "site_config/roster.yml" and rollback[:10] in named[0].message


def test_a_merge_may_carry_a_signed_roster_change_forward(repo: Repo, keys: dict[str, Path]) -> None:
    repo.git("checkout", "-q", "-b", "roster")
    (repo.root / "site_config" / "roster.yml").write_text(roster_text(keys, [*PEOPLE, "mallory"]), encoding="utf-8")
    repo.commit_all("名册加人", "chen", sign=True)
    repo.git("checkout", "-q", "main")
    repo.page("content/news/b.md")
    merge(repo, "roster")
    commit_merge(repo, "合并名册修改")
    page = repo.page()
    repo.sign_chain(page, "wang", "li", "mallory")
    assert repo.check() == []


def test_an_unsigned_merge_of_two_diverged_signed_rosters_is_reported(repo: Repo, keys: dict[str, Path]) -> None:
    roster = repo.root / "site_config" / "roster.yml"
    repo.git("checkout", "-q", "-b", "side")
    roster.write_text(roster_text(keys, [p for p in PEOPLE if p != "zhou"]), encoding="utf-8")
    repo.commit_all("名册：去掉周婷", "chen", sign=True)
    repo.git("checkout", "-q", "main")
    roster.write_text(roster_text(keys, [*PEOPLE, "mallory"]), encoding="utf-8")
    repo.commit_all("名册：加马洛", "chen", sign=True)
    merge(repo, "side")
    roster.write_text(roster_text(keys, [*PEOPLE, "mallory"]), encoding="utf-8")  # drops the other side's change
    repo.git("add", "-A")
    culprit = commit_merge(repo, "合并")
    found = [f for f in repo.check() if f.code == "SIGN004"]
    assert found and culprit[:10] in found[0].message


# ---- door 2: backdated approvals -------------------------------------------------------------------


def test_a_backdated_approval_by_a_person_whose_role_ended(repo: Repo) -> None:
    page = repo.page()
    repo.sign(page, "wang")
    # 孙丽's term ended 2025-06-30; she signs today with a date inside it. `gates sign` refuses; git does not.
    forged = repo.approval(page, "sun", "section_head", date="2025-05-02T10:00:00+0800")
    repo.approval(page, "zhang", "deputy")
    publish(repo, page)
    found = repo.check()
    assert set(codes(found)) == {"SIGN001", "SIGN007"}
    sign007 = next(f for f in found if f.code == "SIGN007")
    assert sign007.path == page and forged[:10] in sign007.message and "2025-05-02" in sign007.message
    assert forged[:10] in next(f.message for f in found if f.code == "SIGN001")


def test_an_old_side_branch_merged_today_is_judged_today(repo: Repo, keys: dict[str, Path]) -> None:
    # A history that began in 2025; 孙丽 approves on a branch dated inside her term, merged after it ended.
    repo = Repo(repo.root.parent / "from-2025", keys, date="2025-04-01T09:00:00+0800")
    page = repo.page(at="2025-04-30T09:00:00+0800")
    repo.git("checkout", "-q", "-b", "side")
    repo.approval(page, "wang", "drafter", date="2025-05-01T10:00:00+0800")
    repo.approval(page, "sun", "section_head", date="2025-05-02T10:00:00+0800")
    repo.approval(page, "zhang", "deputy", date="2025-05-03T10:00:00+0800")
    repo.git("checkout", "-q", "main")
    repo.page("content/news/b.md")  # main moves on, today
    merge(repo, "side")
    commit_merge(repo, "合并审签")
    publish(repo, page)
    message = next(f.message for f in repo.check() if f.code == "SIGN001")
    assert f"孙丽 在生效日期 {TODAY.isoformat()} 不持有 qzfb 的科室负责人角色" in message


def test_sign007_does_not_fire_on_an_honest_history(repo: Repo) -> None:
    page = repo.page()
    repo.sign_chain(page, "wang", "li", "zhang")
    assert "SIGN007" not in codes(repo.check())
