"""Red team 8: the reader's `_code_span` pairs a backquote with the next one however far away, across blank lines
and so across paragraphs. Python-Markdown never lets a code span leave its paragraph, so two ordinary stray
backquotes (反引号(`)用于标记。) in two paragraphs are just text; the reader, though, takes everything between them
as one code span "shown as written", comments and tags included. A number or mark split by an empty comment in a
paragraph between them is shown whole by the page and never found.

Input (Markdown body):
    反引号(`)用于标记。

    身份证号1101<!---->0519491231002X。

    反引号(`)用于标记。
Secure behaviour: SEC002 (likewise SEC001 for 机<!---->密★5年, AD002 for 扫<!---->码领取), as without the backquotes.
"""

from __future__ import annotations

import markdown
import pytest

from tests.conftest import Site

TICK = "反引号(`)用于标记。\n\n"
CASES = [
    ("身份证号1101<!---->0519491231002X。\n\n", "SEC002"),
    ("机<!---->密★5年\n\n", "SEC001"),
    ("到店即可扫<!---->码领取礼品。\n\n", "AD002"),
]


def test_the_build_shows_the_number_outside_any_code_span() -> None:
    html = markdown.markdown(TICK + CASES[0][0] + TICK, extensions=["tables", "attr_list", "toc"])
    assert "<code>" not in html
    assert "<p>身份证号1101<!---->0519491231002X。</p>" in html


@pytest.mark.parametrize(("middle", "code"), CASES)
def test_backquotes_in_two_paragraphs_hide_what_lies_between(site: Site, middle: str, code: str) -> None:
    site.page("content/news/a.md", body=TICK + middle + TICK)
    assert code in [f.code for f in site.check()]


@pytest.mark.parametrize(("middle", "code"), CASES)
def test_control_without_the_backquotes(site: Site, middle: str, code: str) -> None:
    site.page("content/news/a.md", body="说明。\n\n" + middle)
    assert code in [f.code for f in site.check()]
