"""Red team: a published page's 索引号 is not bound by its 签发 and changes without any approval.

SPEC section 2: when `index_number` is absent, `gates sign` assigns it at 签发 and writes it into front matter,
bound by the 签发 commit; once on the publishing branch a 索引号 never changes and is never reused. Today the
demo's pages carry none: the build numbers them afresh on every run, in (date, path) order over all pages,
drafts included, and `index_number` is outside the content hash and in no trailer. So an editor renumbers
every published page by committing a draft, or rewrites (or reuses) a published page's 索引号 in an unsigned
edit, and both CI steps pass.

Secure behaviour: published pages keep the 索引号 fixed at their 签发; an unsigned change of it is refused.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.attacks.test_build_doors import commit, gates, site  # noqa: F401

PAGE = "news/2026-03-02-changwu-huiyi"
_NUMBER = re.compile(r"索引号</th><td>([^<]*)")


def index_number(root: Path, page: str = PAGE) -> str:
    html = (root / "site" / page / "index.html").read_text(encoding="utf-8")
    found = _NUMBER.search(html)
    assert found, "no 索引号 on the page"
    return found.group(1)


def test_a_draft_does_not_renumber_published_pages(site: Path) -> None:  # noqa: F811
    assert gates(site, "build").returncode == 0
    before = index_number(site)
    (site / "content" / "news" / "draft.md").write_text(
        "---\ntitle: 草稿\ncolumn: news\nunit: qzfb\ndisclosure: 主动公开\nstatus: draft\nwritten_date: 2026-01-01\n---\n"
        "草稿。\n", encoding="utf-8")
    commit(site, "草稿")
    assert gates(site, "build").returncode == 0
    assert index_number(site) == before, "an unapproved draft changed a published page's 索引号"


def test_an_unsigned_change_of_a_published_index_number_is_refused(site: Path) -> None:  # noqa: F811
    assert gates(site, "build").returncode == 0
    taken = index_number(site)  # reuse another published page's number
    page = site / "content" / "notices" / "2026-03-10-touzi-xiangmu-chubei.md"
    page.write_text(page.read_text(encoding="utf-8").replace("\ndate: 2026-03-10\n",
                                                             f"\ndate: 2026-03-10\nindex_number: {taken}\n"),
                    encoding="utf-8")
    commit(site, "补索引号")
    check = gates(site, "check")
    build = gates(site, "build")
    assert check.returncode == 1 and build.returncode == 1, check.stdout
