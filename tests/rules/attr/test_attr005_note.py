from __future__ import annotations

import pytest

from tests.conftest import Site, codes

REASON = {"disclosure_reason": "属于请示报告等过程性信息，依据条例第十六条", "review_due": "2027-06-30"}


@pytest.mark.parametrize("note", ["（此件公开发布）", "(此件公开发布)", "附注：此件公开发布", "此件主动公开。"])
def test_agreeing_note(site: Site, note: str) -> None:
    site.page("content/policies/a.md", body=f"各镇人民政府：\n\n……\n\n{note}\n")
    assert site.check() == []


@pytest.mark.parametrize("note", ["（此件不予公开）", "（此件不公开）", "（此件依申请公开）", "> 附注：此件依申请公开"])
def test_proactive_page_with_a_non_public_note(site: Site, note: str) -> None:
    site.page("content/policies/a.md", body=f"各镇人民政府：\n\n……\n\n{note}\n")
    [finding] = site.check()
    assert finding.code == "ATTR005" and finding.line == 12
    assert "此件公开发布" in finding.message


def test_withheld_page_with_public_note(site: Site) -> None:
    site.page("content/policies/a.md", disclosure="不予公开", body="……\n\n（此件公开发布）\n", **REASON)
    assert codes(site.check()) == ["ATTR005"]


def test_quoted_in_running_text_is_not_a_note(site: Site) -> None:
    # The regulation itself, published as a 主动公开 page, quotes all three notes.
    site.page("content/policies/a.md", body=(
        "公文成文后，应在公文“附注”位置标注“此件公开发布”“此件依申请公开”“此件不予公开”等字样。\n\n"
        "（此件公开发布）\n"
    ))
    assert site.check() == []
