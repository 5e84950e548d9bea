"""Attacks on withdrawals (SPEC section 4, 附件3 第八条): taking a published page down without its chain,
shortening the chain with a forged urgent record, and bringing the withdrawn text back unapproved."""

from __future__ import annotations

from tests.actions.test_withdraw import PAGE, REASON, published, start
from tests.signkit import TODAY, Repo, codes, keys_fixture, repo_fixture  # noqa: F401


def test_an_editor_flipping_status_to_withdrawn_fails_the_check(repo: Repo) -> None:
    published(repo)
    text = repo.read(PAGE).replace("status: published", f"status: withdrawn\nwithdrawal: {{reason: {REASON}}}")
    repo.write(PAGE, text)
    repo.commit_all("撤下页面", "wang")
    found = repo.check()
    assert codes(found) == ["SIGN001"] and found[0].severity == "error"


def test_a_forged_urgent_record_by_a_drafter_does_not_shorten_the_chain(repo: Repo) -> None:
    published(repo)
    text = repo.read(PAGE).replace("status: published", f"status: withdrawn\nwithdrawal: {{reason: {REASON}}}")
    repo.write(PAGE, text)
    repo.commit_all("撤下页面", "wang")
    forged = (f"审签: {PAGE}\n\nGates-Approval: v2\nGates-Path: {PAGE}\nGates-Role: drafter\nGates-Unit: qzfb\n"
              f"Gates-Content-Hash: {repo.hash_of(PAGE)}\nGates-Decision: withdrawn\n"
              f"Gates-Withdrawal-Date: {TODAY.isoformat()}\nGates-Urgent: yes\n")
    repo.commit(forged, "wang", sign=True, allow_empty=True)
    found = repo.check()
    assert "SIGN001" in codes(found)
    assert all(f.severity == "error" for f in found if f.code == "SIGN001")


def test_restoring_the_published_text_after_a_withdrawal_needs_a_new_decision(repo: Repo) -> None:
    published(repo)
    before = repo.read(PAGE)
    start(repo, "wang")
    repo.sign_chain(PAGE, "li", "zhang")
    repo.write(PAGE, before)
    repo.commit_all("恢复发布", "wang")
    assert codes(repo.check()) == ["SIGN001"]
