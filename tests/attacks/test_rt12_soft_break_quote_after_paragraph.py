"""Red team 12: soft_breaks reads a newline before a `>` line as hard unless the block (from the last blank line)
starts with `>`. But Python-Markdown starts a block quote at any line of a block (the lines before it become a
paragraph), and a list item may hold one; inside the quote, lines are joined as in any paragraph. So a quote
that follows a line of text with no blank line, or one in a list item, has every line break read as hard, and a
number or wording split over two of its lines passes.

Inputs (Markdown body), and what Python-Markdown shows:
    说明：\\n> 联系人手机1380013\\n> 8000。     <blockquote><p>联系人手机1380013\\n8000。</p>   secure: SEC003
    - > 联系人手机1380013\\n  > 8000。         <li><blockquote><p>联系人手机1380013\\n8000。</p>  secure: SEC003
    说明：\\n> 据悉，台湾\\n> 政府发布公告。      <blockquote><p>据悉，台湾\\n政府发布公告。</p>     secure: TERM001
"""

from __future__ import annotations

import markdown
import pytest

from tests.conftest import Site

CASES = [("说明：\n> 联系人手机1380013\n> 8000。\n", "SEC003"),
         ("- > 联系人手机1380013\n  > 8000。\n", "SEC003"),
         ("说明：\n> 据悉，台湾\n> 政府发布公告。\n", "TERM001")]


@pytest.mark.parametrize(("body", "code"), CASES)
def test_quote_not_at_a_block_start(site: Site, body: str, code: str) -> None:
    html = markdown.markdown(body, extensions=["tables", "attr_list", "toc"])
    assert "<blockquote>\n<p>" in html and "\n" in html.split("<blockquote>\n<p>")[1].split("</p>")[0]
    site.page("content/news/a.md", body=body)
    assert code in [f.code for f in site.check()]


@pytest.mark.parametrize(("body", "code"), [("说明：\n\n> 联系人手机1380013\n> 8000。\n", "SEC003"),
                                            ("说明：\n\n> 据悉，台湾\n> 政府发布公告。\n", "TERM001")])
def test_control_quote_after_a_blank_line(site: Site, body: str, code: str) -> None:
    site.page("content/news/a.md", body=body)
    assert code in [f.code for f in site.check()]
