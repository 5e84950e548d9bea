"""Red team 11, false positives of the soft-line-break reading: a policy page whose lines wrap in the source (how
some editors paste from a word processor), tables and lists of phone numbers, and code blocks must not be joined
into marks, numbers or wording that no browser shows. A row of a table, an item of a list, a heading and a line of
an indented code block each start a new block (or keep their newline, in <pre>), so nothing joins across them.

Inputs (Markdown body): see the parameters; secure: no SEC, TERM or AD finding.
"""

from __future__ import annotations

import pytest

from tests.conftest import Site

POLICY = ("**第一条**　为了规范政府信息公开保密审查工作，根据《中华人民共和国保守国家秘密法》\n"
          "等法律法规，结合本区实际，制定本办法。属于国家秘密的文件、资料，应当依照规定标明密级、\n"
          "保密期限和知悉范围。机密级事项和秘密级事项的知悉范围，应当限定在最小范围。\n"
          "咨询电话：62751234\n"
          "62751236，邮政编码400071。本办法自2025年3月15日起施行，有效期5年。\n")
BODIES = [
    POLICY,
    "| 单位 | 联系电话 |\n|---|---|\n| 区政府办公室 | 1380013 |\n| 8000 | 区财政局 |\n",
    "| 单位 | 级别 |\n|---|---|\n| 机 | 甲 |\n| 密★1年 | 乙 |\n",
    "- 第一项 1380013\n- 8000 第二项\n",
    "1. 办公室 1380013\n2. 8000 财政局\n",
    "## 第1380013\n8000号公告\n",
    "代码：\n\n    1380013\n    8000\n",
    "<pre>\n1380013\n8000\n</pre>\n",
]


@pytest.mark.parametrize("body", BODIES)
def test_wrapped_lines_that_do_not_join(site: Site, body: str) -> None:
    site.page("content/news/a.md", body=body)
    assert [f.code for f in site.check() if f.code[:2] in ("SE", "TE", "AD")] == []


def test_a_fence_is_text_on_this_site_and_its_lines_show_joined(site: Site) -> None:
    """The site's Markdown has no fenced code (mkdocs.yml: tables, attr_list, toc): ``` opens a code span, which
    shows its newlines as spaces, so the page shows 1380013 8000 (red team 12: an opener inside a comment or a code
    span once turned the joined reading off for the rest of the page)."""
    site.page("content/news/a.md", body="```\n联系人手机1380013\n8000\n```\n")
    assert "SEC003" in [f.code for f in site.check()]
