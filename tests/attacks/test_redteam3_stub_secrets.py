"""Red team 3: a withdrawn page's content findings are only info, and a never-published page written as
`status: withdrawn` renders as a public stub. Together: a 密级 mark in the title and an ID number in the
撤回说明 pass `gates check` (exit 0) and reach the home page, the column listing and the stub page."""

from __future__ import annotations

from pathlib import Path

from tests.attacks.test_build_doors import commit, everything_in, gates, site  # noqa: F401

PAGE = ("---\ntitle: 机密★1年 关于某事项的内部通报\ncolumn: news\nunit: qzfb\ndisclosure: 主动公开\n"
        "status: withdrawn\nwithdrawal: {reason: 当事人张三，身份证号11010519491231002X, date: 2026-03-25}\n---\n正文。\n")


def test_secrets_in_a_stub_never_reach_the_site(site: Path) -> None:  # noqa: F811
    (site / "content/news/2026-03-25-fake.md").write_text(PAGE, encoding="utf-8")
    commit(site, "起草")
    check = gates(site, "check")
    build = gates(site, "build")
    shown = everything_in(site / "site")
    assert "机密★1年" not in shown and "11010519491231002X" not in shown, (check.returncode, build.returncode)
    assert check.returncode == 1, check.stdout
