"""SIGN001-SIGN006 against real histories: forgeries, stale and restored content, roles, roster changes, dates."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import Site
from tests.signkit import TODAY, Repo, codes, keys_fixture, repo_fixture  # noqa: F401


def published(repo: Repo, **meta: object) -> str:
    page = repo.page(**meta)
    repo.sign_chain(page, "wang", "li", "zhang")
    return page


def test_hand_written_signers_without_approvals(repo: Repo) -> None:
    page = repo.page(status="published", date="2026-01-05",
                     signers="{drafter: {name: 王晓, date: 2026-01-04}, section_head: {name: 李明, date: 2026-01-04},"
                             " deputy: {name: 张华, date: 2026-01-05}}")
    found = repo.check()
    assert sorted(set(codes(found))) == ["SIGN001", "SIGN002"]
    assert all(f.path == page for f in found)
    assert "没有审签记录" in next(f.message for f in found if f.code == "SIGN001")


def test_forged_approval_signed_with_the_wrong_key(repo: Repo) -> None:
    page = repo.page()
    repo.sign(page, "wang")
    repo.approval(page, "li", "section_head", key="mallory")  # 李明's name and email, 马洛's key
    repo.approval(page, "zhang", "deputy")
    repo.write(page, repo.read(page).replace("status: draft", "status: published\ndate: 2099-01-01"))
    repo.commit_all("发布", "wang")
    found = repo.check()
    assert "SIGN001" in codes(found)
    assert "不是名册中 李明 的公钥" in next(f.message for f in found if f.code == "SIGN001")


def test_unsigned_approval_is_not_an_approval(repo: Repo) -> None:
    page = repo.page()
    repo.sign(page, "wang")
    repo.approval(page, "li", "section_head", sign=False)
    repo.approval(page, "zhang", "deputy")
    repo.write(page, repo.read(page).replace("status: draft", "status: published\ndate: 2099-01-01"))
    repo.commit_all("发布", "wang")
    message = next(f.message for f in repo.check() if f.code == "SIGN001")
    assert "没有 SSH 签名" in message


def test_approval_recommitted_without_the_key(repo: Repo) -> None:
    published(repo)
    # Rewrite the deputy's approval (same author, same message) as someone without the key would: unsigned.
    repo.git("reset", "-q", "--soft", "HEAD~1")
    message = repo.git("log", "-1", "--format=%B", "ORIG_HEAD")
    repo.commit(message, "zhang")
    assert "SIGN001" in codes(repo.check())
    # Re-signing it with another key does not help either.
    repo.git("reset", "-q", "--soft", "HEAD~1")
    repo.commit(message, "zhang", sign=True, key="mallory")
    assert "签名密钥不是名册中 张华 的公钥" in next(f.message for f in repo.check() if f.code == "SIGN001")


def test_edit_after_approval_is_stale(repo: Repo) -> None:
    page = published(repo)
    repo.write(page, repo.read(page) + "发布后偷偷加的一段。\n")
    repo.commit_all("改正文", "wang")
    message = next(f.message for f in repo.check() if f.code == "SIGN001")
    assert "已失效" in message


def test_restoring_identical_content_revives_its_approvals(repo: Repo) -> None:
    page = published(repo)
    original = repo.read(page)
    repo.write(page, original + "临时加的一段。\n")
    repo.commit_all("改正文", "wang")
    assert "SIGN001" in codes(repo.check())
    repo.write(page, original)
    repo.commit_all("还原", "wang")
    assert repo.check() == []


def test_front_matter_layout_is_not_content(repo: Repo) -> None:
    page = published(repo)
    text = repo.read(page).replace("title: 关于开展冬季安全生产检查的通知", "title: '关于开展冬季安全生产检查的通知'  # 标题")
    repo.write(page, text)
    repo.commit_all("改引号", "wang")
    assert repo.check() == []


def test_approval_after_the_role_expired(repo: Repo) -> None:
    page = repo.page()
    repo.sign(page, "wang")
    repo.approval(page, "sun", "section_head")  # until 2025-06-30
    repo.approval(page, "zhang", "deputy")
    repo.write(page, repo.read(page).replace("status: draft", "status: published\ndate: 2099-01-01"))
    repo.commit_all("发布", "wang")
    message = next(f.message for f in repo.check() if f.code == "SIGN001")
    assert f"孙丽 在生效日期 {TODAY.isoformat()} 不持有 qzfb 的科室负责人角色" in message


def test_approval_while_the_role_was_held_stays_valid(repo: Repo, keys: dict[str, Path]) -> None:
    # A history that really happened in 2025: every commit in order, the approvals inside 孙丽's term.
    repo = Repo(repo.root.parent / "in-2025", keys, date="2025-04-01T09:00:00+0800")
    page = repo.page(at="2025-04-30T09:00:00+0800")
    repo.approval(page, "wang", "drafter", date="2025-05-01T10:00:00+0800")
    repo.approval(page, "sun", "section_head", date="2025-05-02T10:00:00+0800")
    repo.approval(page, "zhang", "deputy", date="2025-05-03T10:00:00+0800")
    repo.write(page, repo.read(page).replace("status: draft", "status: published\ndate: 2025-05-03"))
    repo.commit_all("发布", "wang", date="2025-05-03T11:00:00+0800")
    assert codes(repo.check()) == []


def test_outsourced_approval_is_invalid(repo: Repo) -> None:
    page = repo.page()
    repo.approval(page, "zhou", "drafter")
    message = " ".join(f.message for f in repo.check() if f.code == "SIGN001")
    assert message == ""  # still a draft: nothing to verify
    repo.approval(page, "li", "section_head")
    repo.approval(page, "zhang", "deputy")
    repo.write(page, repo.read(page).replace("status: draft", "status: published\ndate: 2099-01-01"))
    repo.commit_all("发布", "wang")
    assert "外包" in next(f.message for f in repo.check() if f.code == "SIGN001")


def test_same_person_at_two_tiers_is_not_a_chain(repo: Repo) -> None:
    page = repo.page(unit="fgw")
    repo.approval(page, "zhao", "drafter", unit="fgw")
    repo.approval(page, "zhao", "section_head", unit="fgw")
    repo.approval(page, "liu", "deputy", unit="fgw")
    repo.write(page, repo.read(page).replace("status: draft", "status: published\ndate: 2099-01-01"))
    repo.commit_all("发布", "wang")
    assert "同一人不能审签两级" in next(f.message for f in repo.check() if f.code == "SIGN001")


def test_approvals_out_of_order_are_not_a_chain(repo: Repo) -> None:
    page = repo.page()
    repo.approval(page, "zhang", "deputy")
    repo.approval(page, "wang", "drafter")
    repo.approval(page, "li", "section_head")
    repo.write(page, repo.read(page).replace("status: draft", "status: published\ndate: 2099-01-01"))
    repo.commit_all("发布", "wang")
    assert "次序错误" in next(f.message for f in repo.check() if f.code == "SIGN001")


def test_approval_touching_two_pages_is_invalid(repo: Repo) -> None:
    page = repo.page()
    other = repo.page("content/news/b.md")
    repo.sign(page, "wang")
    repo.write(other, repo.read(other) + "顺带改一下。\n")
    repo.git("add", other)
    repo.approval(page, "li", "section_head")
    repo.approval(page, "zhang", "deputy")
    repo.write(page, repo.read(page).replace("status: draft", "status: published\ndate: 2099-01-01"))
    repo.commit_all("发布", "wang")
    assert "一事一审" in next(f.message for f in repo.check() if f.code == "SIGN001")


def test_backdated_publication_date(repo: Repo) -> None:
    page = published(repo)
    today = TODAY.isoformat()
    repo.write(page, repo.read(page).replace(f"\ndate: {today}\n", "\ndate: 2026-01-05\n"))
    repo.commit_all("改日期", "wang")
    found = repo.check()
    assert codes(found) == ["SIGN003"]
    assert "伪造发稿日期" in found[0].message and found[0].path == page


def test_publication_date_moved_later_after_sign_off(repo: Repo) -> None:
    page = published(repo)
    today = TODAY.isoformat()
    repo.write(page, repo.read(page).replace(f"\ndate: {today}\n", "\ndate: 2099-01-05\n"))
    repo.commit_all("改日期", "wang")
    assert "签发后被改动" in next(f.message for f in repo.check() if f.code == "SIGN003")


def test_sensitive_page_published_without_consultation(repo: Repo) -> None:
    page = repo.page(sensitive="true")
    repo.approval(page, "wang", "drafter")
    repo.approval(page, "li", "section_head")
    repo.approval(page, "zhang", "deputy")
    repo.write(page, repo.read(page).replace("status: draft", "status: published\ndate: 2099-01-01"))
    repo.commit_all("发布", "wang")
    assert codes(repo.check()) == ["SIGN005"]


def test_roster_change_by_a_non_principal(repo: Repo, keys: dict[str, Path]) -> None:
    from tests.signkit import roster_text

    roster = repo.root / "site_config" / "roster.yml"
    roster.write_text(roster_text(keys, [*repo_people(), "mallory"]), encoding="utf-8")
    repo.commit_all("名册加人", "li", sign=True)  # signed, but 李明 is no principal
    found = repo.check()
    assert codes(found) == ["SIGN004"]
    assert found[0].path == "site_config/roster.yml" and "不是主要领导" in found[0].message
    # The person that change added cannot approve anything.
    page = repo.page()
    repo.sign(page, "wang")
    repo.sign(page, "li")
    repo.approval(page, "mallory", "deputy")
    repo.write(page, repo.read(page).replace("status: draft", "status: published\ndate: 2099-01-01"))
    repo.commit_all("发布", "wang")
    assert "mallory@example.com 不在当时的名册中" in next(f.message for f in repo.check() if f.code == "SIGN001")


def test_unsigned_roster_change_then_reverted_is_fine(repo: Repo) -> None:
    roster = repo.root / "site_config" / "roster.yml"
    original = roster.read_text(encoding="utf-8")
    roster.write_text(original.replace("孙丽", "孙丽丽"), encoding="utf-8")
    repo.commit_all("改名册", "wang")
    assert codes(repo.check()) == ["SIGN004"]
    roster.write_text(original, encoding="utf-8")
    repo.commit_all("撤销", "wang")
    assert repo.check() == []


def test_roster_change_signed_by_a_principal(repo: Repo, keys: dict[str, Path]) -> None:
    from tests.signkit import roster_text

    roster = repo.root / "site_config" / "roster.yml"
    roster.write_text(roster_text(keys, [*repo_people(), "mallory"]), encoding="utf-8")
    repo.commit_all("名册加人", "chen", sign=True)
    assert repo.check() == []
    page = repo.page()
    repo.sign_chain(page, "wang", "li", "mallory")
    assert repo.check() == []


def test_merged_branch_approvals_count(repo: Repo) -> None:
    page = repo.page()
    repo.git("checkout", "-q", "-b", "review")
    repo.sign_chain(page, "wang", "li", "zhang")
    repo.git("checkout", "-q", "main")
    repo.page("content/news/b.md")
    repo.git("-c", "user.name=x", "-c", "user.email=x@example.com", "merge", "-q", "--no-edit", "review")
    assert repo.check() == []


def test_warm_cache_gives_the_same_verdicts(repo: Repo) -> None:
    page = published(repo)
    repo.write(page, repo.read(page) + "x\n")
    repo.commit_all("改", "wang")
    cold = repo.check()
    assert (repo.root / ".git" / "gates" / "signoff-cache.json").exists()
    assert repo.check() == cold


def test_not_a_git_repository_is_one_finding(site: Site) -> None:
    site.page("content/news/a.md", status="published", date="2026-11-20")
    site.page("content/news/b.md", status="published", date="2026-11-20")
    found = [f for f in site.check() if f.code.startswith("SIGN")]
    assert codes(found) == ["SIGN006"]
    assert "不是 git 仓库" in found[0].message


def test_drafts_outside_git_need_no_history(site: Site) -> None:
    site.page("content/news/a.md")
    assert [f for f in site.check() if f.code.startswith("SIGN")] == []


def test_shallow_clone_cannot_verify(repo: Repo, tmp_path: Path) -> None:
    published(repo)
    repo.page("content/news/b.md")
    clone = tmp_path / "shallow"
    repo.git("clone", "-q", "--depth", "1", f"file://{repo.root}", str(clone))
    from gates.gitrecord import approvals

    assert "浅克隆" in (approvals.build(clone).unavailable or "")


def repo_people() -> list[str]:
    from tests.signkit import PEOPLE

    return list(PEOPLE)


def test_an_incomplete_chain_is_a_warning_off_the_publishing_branch(repo: Repo) -> None:
    from gates.actions.check import check
    from gates.config import load_config
    from gates.rules import RULES

    page = repo.page()
    repo.sign(page, "wang")
    repo.write(page, repo.read(page).replace("status: draft", "status: published\ndate: 2099-01-01"))
    repo.commit_all("发布", "wang")
    config = load_config(repo.root)
    on_main = [f for f in check(repo.root, config, RULES).findings if f.code == "SIGN001"]
    assert [f.severity for f in on_main] == ["error"]
    repo.git("checkout", "-q", "-b", "review/a")
    on_branch = [f for f in check(repo.root, config, RULES).findings if f.code == "SIGN001"]
    assert [f.severity for f in on_branch] == ["warning"] and "不是发布分支" in on_branch[0].message
    # Naming the publishing branch (as CI does on a merge result) judges it as such again.
    assert [f.severity for f in check(repo.root, config, RULES, branch="main").findings
            if f.code == "SIGN001"] == ["error"]
