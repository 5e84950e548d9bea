"""gates sign: the happy paths for both chains, and every refusal leaving the repository untouched."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from gates.actions.sign import Refusal, sign
from gates.config import load_config
from gates.model.dates import today as gates_today
from tests.signkit import Repo, codes, keys_fixture, repo_fixture  # noqa: F401


def test_publishing_chain_publishes_at_the_deputy(repo: Repo) -> None:
    page = repo.page()
    assert not repo.sign(page, "wang").published
    assert not repo.sign(page, "li").published
    done = repo.sign(page, "zhang")
    assert done.published
    text = repo.read(page)
    assert "status: published" in text and "deputy: {name: \"张华\"" in text
    assert f"date: {gates_today().isoformat()}" in text
    assert repo.status() == ""
    message = repo.git("log", "-1", "--format=%B")
    assert "Gates-Role: deputy" in message and f"Gates-Path: {page}" in message
    assert repo.git("show", "--name-only", "--format=", "HEAD").split() == [page]  # 一事一审
    assert repo.check(codes_prefix="") == []


def test_disclosure_chain_needs_the_principal(repo: Repo) -> None:
    page = repo.page("content/policies/p.md")
    for who in ("wang", "li", "zhang"):
        assert not repo.sign(page, who).published
    assert "status: draft" in repo.read(page)
    assert repo.sign(page, "chen").published
    assert repo.check(codes_prefix="") == []


def test_important_publishing_page_needs_the_principal(repo: Repo) -> None:
    page = repo.page(importance="important")
    repo.sign_chain(page, "wang", "li")
    assert not repo.sign(page, "zhang").published
    assert repo.sign(page, "chen").published


def test_co_unit_deputy_signs_before_the_lead_deputy(repo: Repo) -> None:
    page = repo.page(co_units="[fgw]")
    repo.sign_chain(page, "wang", "li")
    with pytest.raises(Refusal, match="次序错误"):
        repo.sign(page, "zhang")
    assert not repo.sign(page, "liu").published
    assert repo.sign(page, "zhang").published
    assert "co_deputies:" in repo.read(page)
    assert repo.check(codes_prefix="") == []


def _refused(repo: Repo, page: str, match: str, act: Callable[[], object]) -> None:
    head, before = repo.head(), repo.read(page)
    with pytest.raises(Refusal, match=match):
        act()
    assert repo.head() == head
    assert repo.read(page) == before


def test_refuses_a_signer_not_in_the_roster(repo: Repo) -> None:
    page = repo.page()
    _refused(repo, page, "不在名册", lambda: repo.sign(page, "mallory"))


def test_refuses_a_role_not_held(repo: Repo) -> None:
    page = repo.page()
    repo.sign(page, "wang")
    _refused(repo, page, "不持有", lambda: repo.sign(page, "li", role="deputy"))


def test_refuses_an_expired_role(repo: Repo) -> None:
    page = repo.page()
    repo.sign(page, "wang")
    _refused(repo, page, "不持有", lambda: repo.sign(page, "sun"))


def test_refuses_a_role_not_yet_begun(repo: Repo) -> None:
    page = repo.page()
    _refused(repo, page, "不持有", lambda: repo.sign(page, "wang", today=dt.date(2023, 6, 1)))


def test_refuses_an_outsourced_account(repo: Repo) -> None:
    page = repo.page()
    _refused(repo, page, "外包", lambda: repo.sign(page, "zhou"))


def test_refuses_someone_elses_key(repo: Repo) -> None:
    page = repo.page()
    _refused(repo, page, "不是名册中 李明 的公钥", lambda: repo.sign(page, "li", key="mallory"))


def test_refuses_the_drafter_approving_their_own_page(repo: Repo) -> None:
    page = repo.page(unit="fgw")
    repo.sign(page, "zhao")  # 赵强 holds drafter and section_head at fgw
    _refused(repo, page, "经办人员不能审签自己", lambda: repo.sign(page, "zhao", role="section_head"))


def test_refuses_a_tier_out_of_order(repo: Repo) -> None:
    page = repo.page()
    repo.sign(page, "wang")
    _refused(repo, page, "次序错误", lambda: repo.sign(page, "zhang"))


def test_refuses_signing_twice(repo: Repo) -> None:
    page = repo.page()
    repo.sign(page, "wang")
    _refused(repo, page, "无需重复审签", lambda: repo.sign(page, "wang"))


def test_refuses_a_page_failing_content_gates(repo: Repo) -> None:
    page = repo.page(title=None)
    _refused(repo, page, "未通过内容检查.*FM003", lambda: repo.sign(page, "wang"))


def test_refuses_uncommitted_changes(repo: Repo) -> None:
    page = repo.page()
    repo.write(page, repo.read(page) + "未提交的一段。\n")
    _refused(repo, page, "未提交的修改", lambda: repo.sign(page, "wang"))


def test_refuses_a_sensitive_page_without_consultation(repo: Repo) -> None:
    page = repo.page(sensitive="true")
    repo.sign(page, "wang")
    _refused(repo, page, "征求", lambda: repo.sign(page, "li"))


def test_sensitive_page_with_consultation_signs(repo: Repo) -> None:
    page = repo.page(sensitive="true", consulted="[{dept: 区保密局, date: 2026-01-05, ref: 江北保函〔2026〕5号}]")
    repo.sign_chain(page, "wang", "li", "zhang")
    assert repo.check(codes_prefix="") == []


def test_refuses_a_backdated_publication_date(repo: Repo) -> None:
    page = repo.page(date="2024-01-02")
    repo.sign_chain(page, "wang", "li")
    _refused(repo, page, "早于签发日期", lambda: repo.sign(page, "zhang"))


def test_edit_after_approval_needs_the_chain_again(repo: Repo) -> None:
    page = repo.page()
    repo.sign_chain(page, "wang", "li")
    repo.write(page, repo.read(page) + "补充一段。\n")
    repo.commit_all("修改正文", "wang")
    with pytest.raises(Refusal, match="次序错误"):
        repo.sign(page, "zhang")
    repo.sign_chain(page, "wang", "li", "zhang")
    assert repo.check() == []


def test_refusal_when_commit_fails_restores_the_page(repo: Repo) -> None:
    page = repo.page()
    repo.as_user("wang")
    hook = repo.root / ".git" / "hooks" / "pre-commit"
    hook.write_text("#!/bin/sh\nexit 1\n")
    hook.chmod(0o755)
    _refused(repo, page, "git 提交失败", lambda: repo.sign(page, "wang"))
    assert repo.status() == ""


def test_a_key_file_others_can_read_is_named_with_the_fix(repo: Repo, tmp_path: Path) -> None:
    # A cloned key is mode 0644; ssh-keygen ignores it and git says only "failed to write commit object".
    page = repo.page()
    loose = tmp_path / "wang_loose"
    shutil.copyfile(repo.keys["wang"], loose)
    shutil.copyfile(f"{repo.keys['wang']}.pub", f"{loose}.pub")
    loose.chmod(0o644)
    repo.as_user("wang")
    repo.git("config", "user.signingkey", str(loose))
    with pytest.raises(Refusal) as refused:
        sign(repo.root, page, load_config(repo.root))
    message = str(refused.value)
    assert "UNPROTECTED PRIVATE KEY FILE" in message and f"chmod 600 {loose}" in message and "0644" in message
    assert repo.status() == ""
