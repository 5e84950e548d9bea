"""ATTR and SEC rules on front matter of the wrong shape: findings or silence, never an exception."""

from __future__ import annotations

import pytest

from gates.rules import RULES
from tests.conftest import Site

MINE = [r for r in RULES if r.family in ("ATTR", "SEC")]


@pytest.mark.parametrize("meta", [
    {"title": "123"},
    {"title": "[转发, 1]"},
    {"disclosure": "[1]"},
    {"disclosure": "不予公开", "disclosure_reason": "{a: 1}", "review_due": "[x]"},
    {"disclosure": "不予公开", "disclosure_reason": "第十六条", "review_due": "2020-02-30"},
    {"partial": "[1, 2]"},
    {"partial": "{withheld: [a, b], reason: [c]}"},
    {"source": "[1, 2]", "title": "关于转发某某的通知"},
    {"source": "{type: reprint, disclosure: [x], disclosure_confirmed: [y]}"},
    {"source": "{type: reprint, disclosure_confirmed: {by: 1, date: 明天}}"},
    {"co_units": "qzfb"},
    {"co_units": "[null, 1, {a: b}]"},
    {"description": "[1, 2]"},
    {"unit": "{a: 1}"},
])
def test_odd_front_matter(site: Site, meta: dict[str, str]) -> None:
    site.page("content/news/a.md", body="此件\n（此件不公开）\n联合印发\n13800138000\n机密★\n", **meta)
    site.check(rules=MINE)


@pytest.mark.parametrize("body", [
    "", "\n", "|", "||||\n|", "1" * 20000, "１２３４５６７８９０１２３４５６７８" * 50, "+" * 100, "此件" * 100,
    "机密" * 1000, "| 密级 |\n" * 100, "https://" + "1" * 500, "<" + "1" * 500, "](" + "13800138000",
])
def test_odd_bodies(site: Site, body: str) -> None:
    site.page("content/news/a.md", body=body)
    site.check(rules=MINE)


def test_index_pages_are_scanned_for_marks(site: Site) -> None:
    site.write("content/news/index.md", "---\ntitle: 机密★工作动态\n---\n")
    assert [f.code for f in site.check(rules=MINE)] == ["SEC001"]
