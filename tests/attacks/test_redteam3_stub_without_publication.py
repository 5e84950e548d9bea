"""Red team 3: a page that was never published, written straight as `status: withdrawn` with a reason, is
rendered as a withdrawn stub: its title and its 撤回说明 (both arbitrary, unapproved editor text) reach the home
page, the column listing and a page of its own. No approval of any kind exists for it."""

from __future__ import annotations

from pathlib import Path

from tests.attacks.test_build_doors import commit, everything_in, gates, site  # noqa: F401

FAKE = ("---\ntitle: 区政府决定即日起停止办理一切行政审批UNAPPROVED-TITLE\ncolumn: news\nunit: qzfb\n"
        "disclosure: 主动公开\nstatus: withdrawn\n"
        "withdrawal: {reason: 未经任何审签的任意文字UNAPPROVED-REASON, date: 2026-03-25}\n---\n正文。\n")


def test_a_never_published_page_cannot_become_a_public_withdrawn_stub(site: Path) -> None:  # noqa: F811
    (site / "content/news/2026-03-25-fake.md").write_text(FAKE, encoding="utf-8")
    commit(site, "起草")
    check = gates(site, "check")
    build = gates(site, "build")
    shown = everything_in(site / "site")
    # Secure: either the gates refuse the tree, or the unapproved text never reaches site/.
    assert "UNAPPROVED-TITLE" not in shown and "UNAPPROVED-REASON" not in shown, (check.stdout, build.stdout)
