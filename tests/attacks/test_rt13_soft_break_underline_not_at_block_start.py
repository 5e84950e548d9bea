"""Red team 13: soft_breaks reads a newline as hard when the line after the next one is `===` or `---` (a setext
underline, so the next line would be a heading). But Python-Markdown only makes a setext heading of a block's
FIRST line (SetextHeaderProcessor matches at the block's start): where the underline is the third line of a block
or later, `===` is plain text of the same paragraph and `---` a thematic break after it. The two lines above it
stay one paragraph, and a number, mark or wording split over them is shown joined, yet passes.

Inputs (Markdown body), and what Python-Markdown shows:
    联系人1380013\\n8000\\n===      <p>联系人1380013\\n8000\\n===</p>             expected SEC003
    联系人1380013\\n8000\\n---      <p>联系人1380013\\n8000</p>\\n<hr />       expected SEC003
    说明：机\\n密★1年\\n---         <p>说明：机\\n密★1年</p>\\n<hr />          expected SEC001
    据悉，台湾\\n政府发布公告。\\n===  <p>据悉，台湾\\n政府发布公告。\\n===</p>   expected TERM001
"""

from __future__ import annotations

import re

import markdown
import pytest

from tests.conftest import Site

CASES = [("联系人1380013\n8000\n===\n", "SEC003"),
         ("联系人1380013\n8000\n---\n", "SEC003"),
         ("说明：机\n密★1年\n---\n", "SEC001"),
         ("据悉，台湾\n政府发布公告。\n===\n", "TERM001")]


@pytest.mark.parametrize(("body", "code"), CASES)
def test_underline_on_a_blocks_third_line(site: Site, body: str, code: str) -> None:
    html = markdown.markdown(body, extensions=["tables", "attr_list", "toc"])
    assert html.startswith("<p>") and not re.search(r"<h[1-6]", html)  # no heading: one paragraph, the first two lines
    assert "\n" in html.split("<p>")[1].split("</p>")[0]
    site.page("content/news/a.md", body=body)
    assert code in [f.code for f in site.check()]


@pytest.mark.parametrize(("body", "code"), [("联系人1380013\n8000\n", "SEC003"), ("说明：机\n密★1年\n", "SEC001"),
                                            ("据悉，台湾\n政府发布公告。\n", "TERM001")])
def test_control_without_the_underline(site: Site, body: str, code: str) -> None:
    site.page("content/news/a.md", body=body)
    assert code in [f.code for f in site.check()]


def test_control_a_real_setext_heading_is_not_joined(site: Site) -> None:
    assert "<h1" in markdown.markdown("8000\n===\n", extensions=["tables", "attr_list", "toc"])
    site.page("content/news/a.md", body="说明：联系人1380013\n\n8000\n===\n")
    assert "SEC003" not in [f.code for f in site.check()]
