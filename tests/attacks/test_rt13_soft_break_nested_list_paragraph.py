"""Red team 13: soft_breaks takes a block indented eight columns after a list for an indented code block ("code is
indented four columns, inside a list item by eight"). That holds for a first-level item only: an item of a nested
list (itself indented four) has its paragraphs at eight columns, and its code at twelve. Python-Markdown makes the
eight-column block a paragraph of the nested item, so a number, mark or wording split over its lines is shown
joined, yet passes as "code".

The page file is written by hand (leading spaces matter).

Inputs (Markdown body), and what Python-Markdown shows:
    - 项目\\n    - 联系人\\n\\n        联系人1380013\\n        8000      …<li><p>联系人</p><p>联系人1380013\\n8000</p>  expected SEC003
    - 项目\\n    - 说明\\n\\n        说明：机\\n        密★1年           …<p>说明：机\\n密★1年</p>                  expected SEC001
"""

from __future__ import annotations

import markdown
import pytest

from tests.conftest import Site

HEAD = "---\ntitle: 关于开展冬季安全生产检查的通知\ncolumn: news\nunit: qzfb\ndisclosure: 主动公开\nstatus: draft\n---\n"
CASES = [("- 项目\n    - 联系人\n\n        联系人1380013\n        8000\n", "SEC003"),
         ("- 项目\n    - 说明\n\n        说明：机\n        密★1年\n", "SEC001")]


def _check(site: Site, body: str) -> list[str]:
    (site.root / "content/news").mkdir(parents=True, exist_ok=True)
    (site.root / "content/news/a.md").write_text(HEAD + body, encoding="utf-8")
    return [f.code for f in site.check("content/news/a.md")]


@pytest.mark.parametrize(("body", "code"), CASES)
def test_paragraph_of_a_nested_item(site: Site, body: str, code: str) -> None:
    html = markdown.markdown(body, extensions=["tables", "attr_list", "toc"])
    assert "<pre>" not in html and "\n" in html.split("<p>")[-1].split("</p>")[0]
    assert code in _check(site, body)


def test_control_first_level_item_paragraph(site: Site) -> None:
    assert "SEC003" in _check(site, "- 项目\n\n    联系人1380013\n    8000\n")


def test_control_first_level_code_is_not_joined(site: Site) -> None:
    body = "- 项目\n\n        联系人1380013\n        8000\n"
    assert "<pre><code>" in markdown.markdown(body, extensions=["tables", "attr_list", "toc"])
    assert "SEC003" not in _check(site, body)
