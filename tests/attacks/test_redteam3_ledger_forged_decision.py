"""Red team 3: the 台账 lists every *valid* approval carrying `Gates-Decision` as a completed decision. A
drafter's own correctly signed approval with a hand-written `Gates-Decision: published` is valid as a drafter
approval, so the ledger shows a 首次发布 (or a 撤回) that no chain ever made, while `gates check` stays clean."""

from __future__ import annotations

from gates.actions.ledger import ledger
from gates.config import load_config
from gates.domain.signoff import Trailers, commit_message
from tests.signkit import TODAY, Repo, codes, keys_fixture, repo_fixture  # noqa: F401

PAGE = "content/news/a.md"


def test_a_drafters_hand_written_decision_is_not_a_ledger_event(repo: Repo) -> None:
    repo.page(PAGE, disclosure="不予公开", disclosure_reason="内部事务信息，依据条例第十六条不予公开",
              review_due="2027-01-01")
    forged = Trailers(PAGE, "drafter", "qzfb", repo.hash_of(PAGE), publish_date=TODAY, decision="published")
    repo.commit(commit_message(forged, "王晓"), "wang", sign=True, allow_empty=True)
    assert "SIGN001" not in codes(repo.check())  # the page is a draft: nothing to fail
    events = [e for e in ledger(repo.root, load_config(repo.root)) if e.path == PAGE]
    assert events == [], [(e.kind, [t.name for t in e.tiers]) for e in events]


def test_a_drafters_hand_written_withdrawal_is_not_a_ledger_event(repo: Repo) -> None:
    repo.page(PAGE)
    repo.sign_chain(PAGE, "wang", "li", "zhang")
    forged = Trailers(PAGE, "drafter", "qzfb", repo.hash_of(PAGE), withdrawal_date=TODAY, decision="withdrawn")
    repo.commit(commit_message(forged, "王晓"), "wang", sign=True, allow_empty=True)
    events = [e.kind for e in ledger(repo.root, load_config(repo.root)) if e.path == PAGE]
    assert events == ["首次发布"], events
