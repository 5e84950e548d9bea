from __future__ import annotations

from tests.conftest import Site, codes

GOOD = "{withheld: 附件2 中的身份证号和银行卡号, reason: 涉及个人隐私，依据条例第十五条不予公开}"


def test_complete_partial(site: Site) -> None:
    site.page("content/notices/a.md", partial=GOOD, body="正文。\n\n（此件部分公开）\n")
    assert site.check() == []


def test_missing_reason(site: Site) -> None:
    site.page("content/notices/a.md", partial="{withheld: 附件2 名单}")
    [finding] = site.check()
    assert finding.code == "ATTR004" and "reason" in finding.message


def test_missing_withheld(site: Site) -> None:
    site.page("content/notices/a.md", partial="{reason: 涉及个人隐私，依据条例第十五条}")
    assert codes(site.check()) == ["ATTR004"]


def test_not_a_mapping(site: Site) -> None:
    site.page("content/notices/a.md", partial="部分公开")
    assert codes(site.check()) == ["ATTR004"]


def test_reason_without_basis_is_a_warning(site: Site) -> None:
    site.page("content/notices/a.md", partial="{withheld: 附件2, reason: 不宜公开}")
    [finding] = site.check()
    assert finding.severity == "warning"


def test_note_says_partial_but_no_record(site: Site) -> None:
    site.page("content/notices/a.md", body="正文。\n\n（此件部分公开）\n")
    [finding] = site.check()
    assert finding.code == "ATTR004" and finding.line == 10


def test_withheld_page_cannot_be_partial(site: Site) -> None:
    site.page("content/policies/a.md", disclosure="不予公开", review_due="2027-06-30",
              disclosure_reason="属于过程稿，依据条例第十六条", partial=GOOD)
    assert codes(site.check()) == ["ATTR004"]
