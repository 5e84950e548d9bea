"""Red team 10, false positive: two 8-digit landlines of one office written one after the other with a space (or an
ideographic space), as 咨询电话 lines on district pages often are, read as one bank card: `_chunked` accepts an
8-digit group followed by another, and 6275123462751236 passes Luhn with a 62 (UnionPay) prefix. SEC004 is an
error that blocks the merge; no card is written in two groups of eight (4-4-4-4 or 6-10/6-13 is how cards are
chunked), and one neighbouring pair in ten passes Luhn. The same pair with an area code in front does it too.

Inputs (Markdown body):
    咨询电话：62751234 62751236            secure: no SEC finding
    咨询电话：62751234　62751236           (U+3000)
    联系电话：0755-62751234 62751236
"""

from __future__ import annotations

import pytest

from tests.conftest import Site

BODIES = ["咨询电话：62751234 62751236。\n", "咨询电话：62751234\u300062751236。\n", "联系电话：0755-62751234 62751236。\n"]


@pytest.mark.parametrize("body", BODIES)
def test_two_landlines_separated_by_a_space(site: Site, body: str) -> None:
    site.page("content/news/a.md", body=body)
    assert [f.code for f in site.check() if f.code.startswith("SEC")] == []


def test_control_separated_by_a_comma(site: Site) -> None:
    site.page("content/news/a.md", body="咨询电话：62751234、62751236。\n")
    assert [f.code for f in site.check() if f.code.startswith("SEC")] == []
