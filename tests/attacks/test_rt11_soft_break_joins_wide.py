"""Red team 11: a single newline inside a paragraph is a soft line break. Browsers show it as a space, except that
Firefox (CSS Text 3, "segment break transformation") removes it between two East Asian wide characters. So
`扫码\\n领取`, `台湾\\n政府` and `机\\n密★1年` show joined in Firefox, while the reader view kept the newline as
written and no detector reads across a newline: neither AD, TERM nor SEC fired. (A blank line, a heading, a list
item or a table row after the line is a new block, and no browser joins across that.)

Inputs (Markdown body), one paragraph wrapped in the source:
    到店即可扫码\\n领取礼品。        secure: AD002
    台湾\\n政府发布公告。            secure: TERM001
    机\\n密★1年                      secure: SEC001
    > 机\\n> 密★1年                  (a quote's continuation line: its `>` goes too)
    - 机\\n  密★1年                  (a list item's continuation line: its indent goes too)
and the built page's paragraph (<p>机\\n密★1年</p>) read by `gates rescan`.
"""

from __future__ import annotations

import markdown
import pytest

from tests.conftest import Site

MARKS = ["机\n密★1年\n", "> 机\n> 密★1年\n", "- 机\n  密★1年\n", "前言。\n\n密级：机\n密\n", "**机\n密**★1年\n"]


def codes(site: Site, body: str) -> list[str]:
    site.page("content/news/a.md", body=body)
    return [f.code for f in site.check()]


def test_the_build_keeps_the_newline_inside_the_paragraph() -> None:
    assert "<p>机\n密★1年</p>" in markdown.markdown(MARKS[0], extensions=["tables", "attr_list", "toc"])


def test_promotional_phrase_over_a_line_break(site: Site) -> None:
    assert "AD002" in codes(site, "到店即可扫码\n领取礼品。\n")


def test_wrong_term_over_a_line_break(site: Site) -> None:
    assert "TERM001" in codes(site, "据悉，台湾\n政府发布公告。\n")


@pytest.mark.parametrize("body", MARKS)
def test_secrecy_mark_over_a_line_break(site: Site, body: str) -> None:
    assert "SEC001" in codes(site, body)


def test_control_a_new_block_after_the_line_is_not_joined(site: Site) -> None:
    # a heading, a list item, a blank line: 机 and 密★1年 are apart on the page too
    for body in ("## 机\n密★1年说明\n", "说明机\n\n密★1年说明\n", "- 机\n- 密★1年说明\n"):
        assert "SEC001" not in codes(site, body), body
