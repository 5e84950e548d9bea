"""Red team 13, false positive: a list (or a table, or indented code: below) that follows a heading (ATX or setext) or a line ending in a block
element's end tag, with no blank line between (common on government pages: `## 联系方式` then the list). soft_breaks
only treats a list's next item as a hard break when the block (from the last blank line) STARTS with a list item;
here the block starts with the heading, so the newline between two items is read as soft and their text joined.
Python-Markdown makes a heading and then a real list: each item is its own <li>, nothing joins.

Inputs (Markdown body), and what Python-Markdown shows:
    ## 联系人\\n- 张三1380013\\n- 8000            <h2>联系人</h2><ul><li>张三1380013</li><li>8000</li></ul>   got SEC003
    联系人\\n---\\n- 张三1380013\\n- 8000         (setext heading, same list)                                   got SEC003
    <div>联系人</div>\\n- 张三1380013\\n- 8000    <div>联系人</div><ul><li>…</li><li>8000</li></ul>            got SEC003
Expected: no SEC, TERM or AD finding.
"""

from __future__ import annotations

import markdown
import pytest

from tests.conftest import Site

BODIES = ["## 联系人\n- 张三1380013\n- 8000\n",
          "联系人\n---\n- 张三1380013\n- 8000\n",
          "<div>联系人</div>\n- 张三1380013\n- 8000\n"]


@pytest.mark.parametrize("body", BODIES)
def test_list_right_after_a_heading(site: Site, body: str) -> None:
    html = markdown.markdown(body, extensions=["tables", "attr_list", "toc"])
    assert "<li>张三1380013</li>\n<li>8000</li>" in html
    site.page("content/news/a.md", body=body)
    assert [f.code for f in site.check() if f.code[:2] in ("SE", "TE", "AD")] == []


@pytest.mark.parametrize("body", ["## 联系人\n\n- 张三1380013\n- 8000\n", "## 联系人\n1. 张三1380013\n2. 8000\n"])
def test_control_list_after_a_blank_line_or_ordered(site: Site, body: str) -> None:
    site.page("content/news/a.md", body=body)
    assert [f.code for f in site.check() if f.code[:2] in ("SE", "TE", "AD")] == []


# The same with a table or an indented code block right under the heading: soft_breaks decides "a table" and
# "code" from the block's first line (the heading), while Python-Markdown starts a new block after the heading.
#     ## 联系人\\n姓名 | 电话\\n--- | ---\\n张三 | 1380013\\n8000 | 李四     <h2>…</h2><table>…</table>   got SEC003
#     ## 联系人\\n    张三1380013\\n    8000                               <h2>…</h2><pre><code>…    got SEC003
HEAD = "---\ntitle: 关于开展冬季安全生产检查的通知\ncolumn: news\nunit: qzfb\ndisclosure: 主动公开\nstatus: draft\n---\n"


@pytest.mark.parametrize(("body", "block"), [("## 联系人\n姓名 | 电话\n--- | ---\n张三 | 1380013\n8000 | 李四\n", "<table>"),
                                             ("## 联系人\n    张三1380013\n    8000\n", "<pre><code>")])
def test_table_or_code_right_after_a_heading(site: Site, body: str, block: str) -> None:
    html = markdown.markdown(body, extensions=["tables", "attr_list", "toc"])
    assert "</h2>\n" + block in html
    (site.root / "content/news").mkdir(parents=True, exist_ok=True)
    (site.root / "content/news/a.md").write_text(HEAD + body, encoding="utf-8")
    assert [f.code for f in site.check("content/news/a.md") if f.code[:2] in ("SE", "TE", "AD")] == []
