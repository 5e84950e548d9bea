"""`gates withdraw` and corrections through real git, real ssh-keygen keys and the real signing code."""

from __future__ import annotations

import pytest

from gates.actions.sign import Refusal
from gates.actions.withdraw import withdraw
from gates.config import load_config
from gates.domain.signoff import parse_trailers
from gates.model.frontmatter import read_page
from tests.signkit import TODAY, Repo, codes, keys_fixture, repo_fixture  # noqa: F401

PAGE = "content/news/a.md"
REASON = "该通知所列检查时间有误，已另行发布更正后的通知。"


def published(repo: Repo) -> str:
    repo.page(PAGE)
    repo.sign_chain(PAGE, "wang", "li", "zhang")
    assert read_page(repo.root, PAGE).status == "published"
    assert repo.check() == []
    return PAGE


def start(repo: Repo, who: str, urgent: bool = False, reason: str = REASON) -> str:
    repo.as_user(who)
    return withdraw(repo.root, PAGE, load_config(repo.root), reason, urgent=urgent).commit


def message(repo: Repo, commit: str) -> str:
    return repo.git("log", "-1", "--format=%B", commit)


def test_a_withdrawal_goes_through_the_chain_and_the_last_tier_dates_it(repo: Repo) -> None:
    published(repo)
    commit = start(repo, "wang")
    page = read_page(repo.root, PAGE)
    assert page.status == "withdrawn" and page.meta["withdrawal"] == {"reason": REASON}
    trailers = parse_trailers(message(repo, commit))
    assert not isinstance(trailers, (str, type(None)))
    assert trailers.initiated and trailers.role == "drafter" and trailers.decision is None
    # Started, not decided: on the publishing branch the unapproved takedown fails the check.
    found = repo.check()
    assert codes(found) == ["SIGN001"] and found[0].severity == "error" and "撤回" in found[0].message
    repo.sign_chain(PAGE, "li", "zhang")
    page = read_page(repo.root, PAGE)
    assert page.meta["withdrawal"]["date"] == TODAY
    assert "Gates-Withdrawal-Date: " + TODAY.isoformat() in message(repo, repo.head())
    assert repo.check() == []


def test_a_section_head_may_start_a_withdrawal_as_its_drafter_tier(repo: Repo) -> None:
    published(repo)
    start(repo, "li")
    # li filled the drafter tier, so li cannot also be its section head (一人不能审两级).
    with pytest.raises(Refusal, match="经办人员不能审签自己经办的页面"):
        repo.sign(PAGE, "li")
    assert codes(repo.check()) == ["SIGN001"]


def test_someone_without_a_role_for_the_unit_cannot_start_a_withdrawal(repo: Repo) -> None:
    published(repo)
    head = repo.head()
    with pytest.raises(Refusal, match="不持有 qzfb 的任何审签角色"):
        start(repo, "liu")  # 刘芳 is a deputy of fgw, not of the page's unit
    assert repo.head() == head and repo.status() == ""



def test_a_draft_never_published_cannot_be_marked_withdrawn(repo: Repo) -> None:
    # A withdrawn page shows as a stub (title and explanation): one never published would show text no one
    # approved (red team, round 3). Such a draft goes back to `status: draft`.
    repo.page(PAGE, status="withdrawn", withdrawal=f"{{reason: {REASON}}}")
    found = repo.check()
    assert [f.code for f in found] == ["SIGN001"] and "从未经审签发布" in found[0].message


def test_an_urgent_withdrawal_by_a_drafter_is_refused_and_changes_nothing(repo: Repo) -> None:
    published(repo)
    head = repo.head()
    with pytest.raises(Refusal, match="紧急撤回须由科室负责人及以上发起"):
        start(repo, "wang", urgent=True)
    assert repo.head() == head and repo.status() == "" and read_page(repo.root, PAGE).status == "published"


def test_an_urgent_withdrawal_takes_effect_at_once_and_its_chain_starts_at_the_initiator(repo: Repo) -> None:
    published(repo)
    commit = start(repo, "li", urgent=True, reason="页面含有不宜公开的内容，已临时撤下。")
    said = message(repo, commit)
    assert "Gates-Urgent: yes" in said and "Gates-Decision: withdrawn" in said
    page = read_page(repo.root, PAGE)
    assert page.status == "withdrawn" and page.meta["withdrawal"]["date"] == TODAY
    # In effect at once: the pending explanation is a warning, never a block.
    found = repo.check()
    assert codes(found) == ["SIGN001"] and found[0].severity == "warning" and "紧急撤回已生效" in found[0].message
    # The final explanation: approved from the section head's tier up, with no drafter.
    text = repo.read(PAGE).replace("页面含有不宜公开的内容，已临时撤下。", "该通知已停止执行，特此撤回。")
    repo.write(PAGE, text)
    repo.commit_all("撤回说明定稿", "li")
    found = repo.check()
    assert codes(found) == ["SIGN001"] and found[0].severity == "error"
    with pytest.raises(Refusal, match="不持有本页尚缺的审签角色"):
        repo.sign(PAGE, "wang")  # the drafter tier is not part of this chain
    repo.sign_chain(PAGE, "li", "zhang")
    assert repo.check() == []
    assert "Gates-Decision: withdrawn" in message(repo, repo.head())




def test_a_correction_keeps_the_date_and_binds_its_change_note_date(repo: Repo) -> None:
    published(repo)
    first = read_page(repo.root, PAGE).meta["date"]
    text = repo.read(PAGE).replace("开展了安全检查", "开展了冬季安全生产检查")
    text = text.replace("---\n本周", "change_note:\n  - {note: 更正了正文中的检查名称。}\n---\n本周")
    repo.write(PAGE, text)
    repo.commit_all("更正正文", "wang")
    assert codes(repo.check()) == ["SIGN001"]
    repo.sign_chain(PAGE, "wang", "li", "zhang")
    page = read_page(repo.root, PAGE)
    assert page.meta["date"] == first and page.status == "published"
    assert page.meta["change_note"] == [{"date": TODAY, "note": "更正了正文中的检查名称。"}]
    assert f"Gates-Change-Date: {TODAY.isoformat()}" in message(repo, repo.head())
    assert repo.check() == []
    # The change date is the 签发's to write: moving it is SIGN003.
    moved = repo.read(PAGE).replace(f"date: {TODAY.isoformat()}, note", "date: 2024-01-02, note")
    repo.write(PAGE, moved)
    repo.commit_all("改动更正日期", "wang")
    found = repo.check()
    assert codes(found) == ["SIGN003"] and "更正说明的日期" in found[0].message


def test_the_command_line(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    from gates.cli import main

    published(repo)
    repo.as_user("wang")
    assert main(["withdraw", PAGE, "--reason", REASON, "--urgent", "--root", str(repo.root)]) == 1
    assert "紧急撤回须由科室负责人及以上发起" in capsys.readouterr().err
    assert main(["withdraw", PAGE, "--reason", "  ", "--root", str(repo.root)]) == 1
    assert "撤回说明" in capsys.readouterr().err
    assert main(["withdraw", PAGE, "--reason", REASON, "--root", str(repo.root)]) == 0
    assert "已发起撤回" in capsys.readouterr().out
    assert main(["withdraw", PAGE, "--reason", REASON, "--root", str(repo.root)]) == 1
    assert "已是撤回状态" in capsys.readouterr().err


def test_urgency_is_only_read_on_a_withdrawal() -> None:
    base = ("Gates-Approval: v2\nGates-Path: content/news/a.md\nGates-Role: section_head\nGates-Unit: qzfb\n"
            "Gates-Content-Hash: sha256:" + "0" * 64 + "\n")
    assert parse_trailers(base + "Gates-Decision: published\nGates-Urgent: yes\n") == "Gates-Urgent 只能用于撤回决定"
    assert parse_trailers(base + "Gates-Decision: withdrawn\nGates-Urgent: no\n") == "Gates-Urgent 无效"
    said = parse_trailers(base + "Gates-Decision: withdrawn\nGates-Urgent: yes\nGates-Change-Date: 2026-03-02\n")
    assert not isinstance(said, (str, type(None))) and said.urgent and said.final


def test_status_shows_the_initiator_in_the_drafter_tier_and_an_urgent_chain_from_its_tier(repo: Repo) -> None:
    from gates.actions.status import page_status

    published(repo)
    start(repo, "li")
    state = page_status(repo.root, load_config(repo.root), PAGE)
    assert [(t.slot.role, t.approval.name if t.approval else None) for t in state.tiers] == [
        ("drafter", "李明"), ("section_head", None), ("deputy", None)]
    other = "content/news/b.md"
    repo.page(other, title="区政府召开常务会议")
    repo.sign_chain(other, "wang", "li", "zhang")
    repo.as_user("li")
    withdraw(repo.root, other, load_config(repo.root), REASON, urgent=True)
    state = page_status(repo.root, load_config(repo.root), other)
    assert [(t.slot.role, t.approval.name if t.approval else None) for t in state.tiers] == [
        ("section_head", "李明"), ("deputy", None)]
